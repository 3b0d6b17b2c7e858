package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.stereotype.Service;

/**
 * Keeps the reporter informed (§V.A; CALEA 52.2.4): every notice goes into the case's
 * correspondence, which an anonymous reporter reads with the receipt code; a named reporter also
 * finds it in Tasklist as a task of their own ("Notice about your report") in violation-reporter-task,
 * which the e-mail notifications announce like any task.
 *
 * <p>Not a standalone task: the history of a standalone task is every signed-in user's to read, and a
 * notice's assignee is the reporter (§V.C). The process is started with nobody signed in (no start
 * user, no operation-log entry) and only what the reporter may read; its history is Internal Affairs'
 * and the Chief's alone (see ViolationAccess).
 */
@Service
class ReporterNotices {

  /** No case number in the name: notification e-mails carry the task name, and nothing of a §V case. */
  static final String NOTICE_TASK_NAME = "Notice about your report";

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final Clock clock;

  ReporterNotices(RuntimeService runtimeService, IdentityService identityService, Clock clock) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** Writes the notice into the case; for a named reporter also into Tasklist. The report must be saved (have an id). */
  void tell(ViolationReport report, CorrespondenceKind kind, String text) {
    report.write(kind, text, OffsetDateTime.now(clock));
    if (report.reporterId() != null) {
      // The task's assignee is read from the case record (violationRouting.reporter), never a variable.
      Map<String, Object> variables = Map.of(Vars.REPORT_ID, report.id(), Vars.CASE_NUMBER, report.caseNumber(),
          Vars.NOTICE, text);
      SystemAuthority.callAsNobody(identityService, () -> runtimeService.createMessageCorrelation(
          ViolationReporting.MESSAGE_REPORTER_NOTICE).processInstanceBusinessKey(report.caseNumber())
          .setVariables(variables).correlateStartMessage());
    }
  }
}
