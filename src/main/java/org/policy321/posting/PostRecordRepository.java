package org.policy321.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface PostRecordRepository extends CrudRepository<PostRecord, Long> {

  Optional<PostRecord> findByPostNumber(String postNumber);

  Optional<PostRecord> findByProcessInstanceId(String processInstanceId);

  /** Posts filed in the range (both ends inclusive), oldest first: the auditors' search. */
  List<PostRecord> findByCreatedAtBetweenOrderByIdAsc(OffsetDateTime from, OffsetDateTime to);

  @Modifying
  @Query("UPDATE official_post_sequence SET last_value = last_value + 1 WHERE post_year = :year")
  int incrementSequence(int year);

  @Modifying
  @Query("INSERT INTO official_post_sequence (post_year, last_value) VALUES (:year, 1)")
  void startSequence(int year);

  @Query("SELECT last_value FROM official_post_sequence WHERE post_year = :year")
  int currentSequence(int year);
}
