package org.policy321.approval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ApprovalRepository extends CrudRepository<Approval, Long> {

  Optional<Approval> findByApprovalNumber(String approvalNumber);

  Optional<Approval> findByRequestId(Long requestId);

  List<Approval> findByStatusOrderByIdAsc(ApprovalStatus status);

  List<Approval> findByRequesterIdAndStatusOrderByIdAsc(String requesterId, ApprovalStatus status);

  /** Takes the row lock of the year's counter, so concurrent issues (or nodes) wait their turn. */
  @Modifying
  @Query("UPDATE approval_number_sequence SET last_value = last_value + 1 WHERE approval_year = :year")
  int incrementSequence(int year);

  @Modifying
  @Query("INSERT INTO approval_number_sequence (approval_year, last_value) VALUES (:year, 1)")
  void startSequence(int year);

  @Query("SELECT last_value FROM approval_number_sequence WHERE approval_year = :year")
  int currentSequence(int year);
}
