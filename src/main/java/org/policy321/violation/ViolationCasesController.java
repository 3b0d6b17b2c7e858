package org.policy321.violation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A violation case and its access log as JSON (§V "Who sees what"), for the caller of {@code /api}
 * (the Tasklist user of the browser, or a script's HTTP basic user): the case for Internal Affairs and
 * the Chief (the opening is itself logged), the access log for Internal Affairs and auditors.
 */
@RestController
@RequestMapping("/api/violation-cases")
class ViolationCasesController {

  private final ViolationReportRepository reports;
  private final CaseAccessLog accessLog;
  private final IdentityService identityService;
  private final Roster roster;
  private final CaseConflicts conflicts;

  ViolationCasesController(ViolationReportRepository reports, CaseAccessLog accessLog, IdentityService identityService,
      Roster roster, CaseConflicts conflicts) {
    this.reports = reports;
    this.accessLog = accessLog;
    this.identityService = identityService;
    this.roster = roster;
    this.conflicts = conflicts;
  }

  @GetMapping("/{caseNumber}/access-log")
  ResponseEntity<?> accessLog(@PathVariable String caseNumber) {
    String caller = caller();
    if (!roster.belongsTo(caller, Groups.INTERNAL_AFFAIRS, Groups.AUDITOR)) {
      return refused(HttpStatus.FORBIDDEN, "Only Internal Affairs and auditors read the access log of a violation case (§V).");
    }
    Optional<ViolationReport> report = find(caseNumber);
    if (report.isEmpty()) {
      return noSuchCase(caseNumber);
    }
    // §V.C: the reporter's own openings (their notices, their question) name them; auditors read "the reporter".
    String hidden = roster.belongsTo(caller, Groups.INTERNAL_AFFAIRS) ? null : report.get().reporterId();
    return ResponseEntity.ok(accessLog.of(report.get().caseNumber()).stream()
        .map(access -> AccessLogEntry.of(access, hidden)).toList());
  }

  @GetMapping("/{caseNumber}")
  ResponseEntity<?> caseView(@PathVariable String caseNumber) {
    String caller = caller();
    boolean department = roster.belongsTo(caller, Groups.INTERNAL_AFFAIRS, Groups.CHIEF);
    if (!department && !roster.belongsTo(caller, conflicts.outsideAuthority())) {
      return refused(HttpStatus.FORBIDDEN, "Only Internal Affairs and the Chief of Police see violation cases (§V).");
    }
    Optional<ViolationReport> report = find(caseNumber);
    if (report.isEmpty()) {
      return noSuchCase(caseNumber);
    }
    // Conflicts of interest: a member of Internal Affairs or the Chief never opens a case about themselves
    // (it names who reported them, §V.C); the outside authority opens only the cases it decides.
    if (caller.equals(report.get().subjectId())) {
      return refused(HttpStatus.FORBIDDEN, "This case concerns you: you cannot open its record (§V.C).");
    }
    if (!department && !conflicts.groups(CaseConflicts.Step.DISCIPLINE, report.get())
        .contains(conflicts.outsideAuthority())) {
      return refused(HttpStatus.FORBIDDEN, "The outside authority sees only the cases routed to it.");
    }
    accessLog.record(caller, CaseOpening.of(report.get(), CaseAccessAction.CASE_VIEWED, "case record"));
    return ResponseEntity.ok(CaseSummary.of(report.get()));
  }

  private Optional<ViolationReport> find(String caseNumber) {
    return reports.findByCaseNumber(caseNumber.strip().toUpperCase(Locale.ROOT));
  }

  /** The authentication filter refuses anonymous calls before they get here; this is the last guard. */
  private String caller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new IllegalStateException("No signed-in user behind /api");
    }
    return authentication.getUserId();
  }

  private static ResponseEntity<ApiError> noSuchCase(String caseNumber) {
    return refused(HttpStatus.NOT_FOUND, "There is no violation case " + caseNumber + ".");
  }

  private static ResponseEntity<ApiError> refused(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(new ApiError(status.getReasonPhrase(), message));
  }

  /** The shape of Camunda's REST errors, so that clients of both APIs read one. */
  record ApiError(String type, String message) {}

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
