package org.policy321.violation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.policy321.platform.cases.CaseCatalog;
import org.policy321.platform.cases.CaseKind;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.cases.CaseRecord.CaseParty;
import org.policy321.platform.cases.OpenRange;
import org.policy321.violation.accesslog.CaseAccessAction;
import org.policy321.violation.accesslog.CaseAccessLog;
import org.springframework.stereotype.Component;

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

  ViolationCaseCatalog(ViolationReportRepository reports, CaseReaders readers, CaseAccessLog accessLog) {
    this.reports = reports;
    this.readers = readers;
    this.accessLog = accessLog;
  }

  @Override
  public CaseKind kind() {
    return CaseKind.VIOLATION_CASE;
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

  private static CaseRecord record(ViolationReport report) {
    List<CaseParty> parties = report.subjectId() == null ? List.of()
        : List.of(new CaseParty("Employee concerned", report.subjectId()));
    Set<String> withheld = report.reporterId() == null ? Set.of() : Set.of(report.reporterId());
    return new CaseRecord(List.of(report.caseNumber()), CaseKind.VIOLATION_CASE, "Clauses " + report.clauses(),
        report.status().name(), report.receivedAt(), report.closedAt(), parties, report.processInstanceId(),
        Set.of(ViolationReporting.REPORTER_PROCESS_KEY), withheld);
  }
}
