package org.policy321.platform.identity;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface RosterRepository extends Repository<RosterEntry, String> {

  Optional<RosterEntry> findById(String userId);

  @Modifying
  @Query("DELETE FROM roster_entry WHERE user_id = :userId")
  void deleteByUserId(String userId);

  @Modifying
  @Query("INSERT INTO roster_entry (user_id, rank_title, unit, supervisor_id) "
      + "VALUES (:userId, :rank, :unit, :supervisorId)")
  void insert(String userId, String rank, String unit, String supervisorId);
}
