package org.policy321.violation;

import org.policy321.violation.accesslog.CaseAccessLog;
import org.policy321.violation.accesslog.CaseAccessAction;
import org.policy321.violation.accesslog.CaseAccess;
import java.time.OffsetDateTime;
import java.util.List;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A violation case and its access log as JSON (§V "Who sees what"), for the caller of {@code /api}
 * (the Tasklist user of the browser, or a script's HTTP basic user): the case for its readers
 * ({@link CaseReaders}: Internal Affairs, the Chief, the outside authority its cases; the opening is itself
 * logged), with its evidence and merged reports ({@link CaseView}); the access log for Internal Affairs and
 * auditors. Refusals: {@link ViolationApiErrors}.
 */
@RestController
@RequestMapping("/api/violation-cases")
class ViolationCasesController {

  private final CaseReaders readers;
  private final CaseAccessLog accessLog;
  private final EvidenceLocker evidence;
  private final Roster roster;

  ViolationCasesController(CaseReaders readers, CaseAccessLog accessLog, EvidenceLocker evidence, Roster roster) {
    this.readers = readers;
    this.accessLog = accessLog;
    this.evidence = evidence;
    this.roster = roster;
  }

  @GetMapping("/{caseNumber}/access-log")
  List<AccessLogEntry> accessLog(@PathVariable String caseNumber) {
    String caller = readers.caller();
    if (!roster.belongsTo(caller, Groups.INTERNAL_AFFAIRS, Groups.AUDITOR)) {
      throw CaseRefusal.notPermitted("Only Internal Affairs and auditors read the access log of a violation case (§V).");
    }
    ViolationReport report = readers.find(caseNumber).orElseThrow(() -> CaseRefusal.noSuchCase(caseNumber));
    // §V.C: the reporter's own openings (their notices, their question) name them; auditors read "the reporter".
    String hidden = roster.belongsTo(caller, Groups.INTERNAL_AFFAIRS) ? null : report.reporterId();
    return accessLog.of(report.caseNumber()).stream().map(access -> AccessLogEntry.of(access, hidden)).toList();
  }

  @GetMapping("/{caseNumber}")
  CaseView caseView(@PathVariable String caseNumber) {
    String caller = readers.caller();
    ViolationReport report = readers.open(caller, caseNumber);
    accessLog.record(caller, report, CaseAccessAction.CASE_VIEWED, "case record");
    return CaseView.of(CaseSummary.of(report), evidence.caseFile(report));
  }

  /** Who opened the case, when, and what (§V). */
  record AccessLogEntry(String user, OffsetDateTime at, CaseAccessAction action, String detail) {

    /** Shown instead of the named reporter's user id to readers who may not know who reported (§V.C). */
    static final String THE_REPORTER = "(the reporter)";

    static AccessLogEntry of(CaseAccess access, String hiddenReporter) {
      String user = access.userId().equals(hiddenReporter) ? THE_REPORTER : access.userId();
      return new AccessLogEntry(user, access.accessedAt(), access.action(), access.detail());
    }
  }

  /**
   * The case as Internal Affairs and the Chief see it, with who reported it (the named reporter's user id;
   * null when anonymous or referred by another process). §V.C: they are the only ones who may know it; no
   * other endpoint names the reporter (not the engine's history, not the access log as auditors read it).
   */
  record CaseSummary(String caseNumber, String status, boolean anonymous, String reporter, String subjectId,
      String subjectDescription,
      String placeAndTime, String clauses, String whatWasPosted, String evidenceUrl, boolean endangers,
      String routedTo, boolean retaliationFlag, String investigatorId, OffsetDateTime investigationDueAt,
      String finding, String discipline, OffsetDateTime receivedAt, OffsetDateTime closedAt,
      ImmediateActionView immediateAction) {

    static CaseSummary of(ViolationReport r) {
      return new CaseSummary(r.caseNumber(), r.status().name(), r.anonymous(), r.reporterId(), r.subjectId(),
          r.subjectDescription(),
          r.placeAndTime(), r.clauses(), r.whatWasPosted(), r.evidenceUrl(), r.endangers(), r.routedTo(),
          r.retaliationFlag(), r.investigatorId(), r.investigationDueAt(),
          r.finding() == null ? null : r.finding().value(), r.discipline() == null ? null : r.discipline().value,
          r.receivedAt(), r.closedAt(), ImmediateActionView.of(r));
    }
  }

  /** §V.B: the Chief's immediate action (null when none was asked) and every step of a take-down it directed. */
  record ImmediateActionView(OffsetDateTime dueAt, String action, String note, String by, OffsetDateTime at,
      String takeDownBy, OffsetDateTime takeDownDueAt, List<TakeDownStep> takeDownSteps) {

    static ImmediateActionView of(ViolationReport r) {
      return r.immediateActionDueAt() == null ? null : new ImmediateActionView(r.immediateActionDueAt(),
          r.immediateAction() == null ? null : r.immediateAction().title, r.immediateActionNote(),
          r.immediateActionBy(), r.immediateActionAt(), r.takeDownBy(), r.takeDownDueAt(), r.takeDownSteps());
    }
  }
}
