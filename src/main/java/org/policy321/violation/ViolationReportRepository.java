package org.policy321.violation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface ViolationReportRepository extends CrudRepository<ViolationReport, Long> {

  Optional<ViolationReport> findByCaseNumber(String caseNumber);

  Optional<ViolationReport> findByReceiptHandle(String receiptHandle);

  Optional<ViolationReport> findByProcessInstanceId(String processInstanceId);

  /** Reports received in the range (both ends inclusive), oldest first: the auditors' search. */
  List<ViolationReport> findByReceivedAtBetweenOrderByIdAsc(OffsetDateTime from, OffsetDateTime to);

  /** The reports triage merged into the case as duplicates (§V.A), oldest first. */
  List<ViolationReport> findByMergedIntoOrderByReceivedAtAscIdAsc(String caseNumber);

  /** Reports naming the employee received since (early intervention, §V). */
  int countBySubjectIdAndReceivedAtAfter(String subjectId, OffsetDateTime since);

  /** Sustained findings against the employee since (discipline history, early intervention). */
  int countBySubjectIdAndFindingAndFoundAtAfter(String subjectId, Finding finding, OffsetDateTime since);

  /** Whether someone reported the employee by name before (§V.C retaliation check). */
  boolean existsByReporterIdAndSubjectId(String reporterId, String subjectId);

  @Modifying
  @Query("UPDATE violation_case_sequence SET last_value = last_value + 1 WHERE case_year = :year")
  int incrementSequence(int year);

  @Modifying
  @Query("INSERT INTO violation_case_sequence (case_year, last_value) VALUES (:year, 1)")
  void startSequence(int year);

  @Query("SELECT last_value FROM violation_case_sequence WHERE case_year = :year")
  int currentSequence(int year);
}
