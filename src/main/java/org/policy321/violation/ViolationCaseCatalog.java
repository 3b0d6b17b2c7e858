package org.policy321.violation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policy321.platform.cases.CaseCatalog;
import org.policy321.platform.cases.CaseKind;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.cases.CaseRecord.CaseParty;
import org.policy321.platform.cases.OpenRange;
import org.policy321.violation.accesslog.AccessLogChain;
import org.policy321.violation.accesslog.CaseAccessAction;
import org.policy321.violation.accesslog.ChainCheck;
import org.policy321.violation.accesslog.CaseAccessLog;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A violation case (§V) as the auditors' view reads it: the case process and the employee's own tasks (its
 * business key is the case number), never the named reporter — neither their tasks nor their name (§V.C).
 * Read by auditors and by the case's readers ({@link CaseReaders}); every opening is in the case's access log.
 */
@Component
class ViolationCaseCatalog implements CaseCatalog {

  private final ViolationReportRepository reports;
  private final CaseReaders readers;
  private final CaseAccessLog accessLog;
  private final NamedParameterJdbcTemplate jdbc;
  private final AccessLogChain chain;

  ViolationCaseCatalog(ViolationReportRepository reports, CaseReaders readers, CaseAccessLog accessLog,
      NamedParameterJdbcTemplate jdbc, AccessLogChain chain) {
    this.reports = reports;
    this.readers = readers;
    this.accessLog = accessLog;
    this.jdbc = jdbc;
    this.chain = chain;
  }

  @Override
  public CaseKind kind() {
    return CaseKind.VIOLATION_CASE;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(ViolationReporting.PROCESS_KEY, ViolationReporting.PARTY_PROCESS_KEY,
        ViolationReporting.REPORTER_PROCESS_KEY);
  }

  @Override
  public Set<String> decisionKeys() {
    return Set.of(ViolationReporting.DECISION_KEY);
  }

  @Override
  public Optional<CaseRecord> find(String caseNumber) {
    return reports.findByCaseNumber(caseNumber).map(ViolationCaseCatalog::record);
  }

  @Override
  public Optional<CaseRecord> ofProcessInstance(String processInstanceId) {
    return reports.findByProcessInstanceId(processInstanceId).map(ViolationCaseCatalog::record);
  }

  @Override
  public List<CaseRecord> openedBetween(OffsetDateTime from, OffsetDateTime to) {
    OpenRange range = OpenRange.of(from, to);
    return reports.findByReceivedAtBetweenOrderByIdAsc(range.from(), range.to()).stream()
        .map(ViolationCaseCatalog::record).toList();
  }

  @Override
  public Optional<String> refusal(String userId, CaseRecord record) {
    return reports.findByCaseNumber(record.number()).flatMap(report -> readers.refusal(userId, report));
  }

  @Override
  public void opened(String userId, CaseRecord record, String what) {
    reports.findByCaseNumber(record.number())
        .ifPresent(report -> accessLog.record(userId, report, CaseAccessAction.CASE_VIEWED, what));
  }

  /** The case's access log is hash-chained (§V "Who sees what"): intact, or the first broken link. */
  @Override
  public List<String> integrity(CaseRecord record) {
    ChainCheck check = chain.verify(record.number());
    return List.of(check.intact()
        ? "Access log: " + check.entries() + " entries, every link intact."
        : "Access log: BROKEN at entry " + check.brokenLink().position() + " (" + check.brokenLink().kind() + "): "
            + check.brokenLink().explanation());
  }

  /** The case record with its correspondence, evidence, take-down steps and access log. */
  @Override
  @Transactional
  public void removeRecords(CaseRecord record) {
    Map<String, Object> keys = Map.of("caseNumber", record.number());
    for (String sql : REMOVE_CASE) {
      jdbc.update(sql, keys);
    }
    accessLog.removeWithCase(record.number());
  }

  private static final String OF_CASE = " IN (SELECT id FROM violation_report WHERE case_number = :caseNumber)";
  private static final List<String> REMOVE_CASE = List.of(
      "DELETE FROM report_correspondence WHERE violation_report" + OF_CASE,
      "DELETE FROM case_evidence WHERE violation_report" + OF_CASE,
      "DELETE FROM take_down_step WHERE violation_report" + OF_CASE,
      "DELETE FROM violation_report WHERE case_number = :caseNumber");

  private static CaseRecord record(ViolationReport report) {
    List<CaseParty> parties = report.subjectId() == null ? List.of()
        : List.of(new CaseParty("Employee concerned", report.subjectId()));
    Set<String> withheld = report.reporterId() == null ? Set.of() : Set.of(report.reporterId());
    return new CaseRecord(List.of(report.caseNumber()), CaseKind.VIOLATION_CASE, "Clauses " + report.clauses(),
        report.status().name(), report.receivedAt(), report.closedAt(), parties, report.processInstanceId(),
        Set.of(ViolationReporting.REPORTER_PROCESS_KEY), withheld);
  }
}
