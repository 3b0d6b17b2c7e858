package org.policy321.platform.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface RosterRepository extends Repository<RosterEntry, String> {

  Optional<RosterEntry> findById(String userId);

  List<RosterEntry> findAllById(Iterable<String> userIds);

  @Query("SELECT * FROM roster_entry WHERE LOWER(first_name) = LOWER(:firstName) AND LOWER(last_name) = LOWER(:lastName)")
  List<RosterEntry> findByName(String firstName, String lastName);

  @Modifying
  @Query("DELETE FROM roster_entry WHERE user_id = :userId")
  void deleteByUserId(String userId);

  @Modifying
  @Query("INSERT INTO roster_entry (user_id, first_name, last_name, rank_title, unit, supervisor_id) "
      + "VALUES (:userId, :firstName, :lastName, :rank, :unit, :supervisorId)")
  void insert(String userId, String firstName, String lastName, String rank, String unit, String supervisorId);
}
