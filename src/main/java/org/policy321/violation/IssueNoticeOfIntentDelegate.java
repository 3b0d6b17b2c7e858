package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_IssueNoticeOfIntent: suspension or termination is announced first, with time to respond (§V.B); again,
 * with a new time, when the final decision wants a harsher measure than the one announced.
 */
@Component("issueNoticeOfIntent")
class IssueNoticeOfIntentDelegate implements JavaDelegate {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");

  private final ViolationCases cases;
  private final CaseDiscipline caseDiscipline;
  private final ViolationDocuments documents;

  IssueNoticeOfIntentDelegate(ViolationCases cases, CaseDiscipline caseDiscipline, ViolationDocuments documents) {
    this.cases = cases;
    this.caseDiscipline = caseDiscipline;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ViolationReport report = cases.ofCase(ViolationVariables.reportId(execution), execution.getProcessInstanceId(),
        "a notice of intent", ViolationCases::disciplineDecided);
    // The time to respond runs from this notice (a new notice, a new time).
    OffsetDateTime due = caseDiscipline.responseDue();
    // Written before the record moves on: it names the measure of an earlier notice as the one it replaces.
    execution.setVariable(Vars.NOTICE_OF_INTENT, documents.noticeOfIntent(report, DATE.format(due)).asFileValue());
    caseDiscipline.noticedOfIntent(report);
    ViolationVariables.setTime(execution, Vars.RESPONSE_DUE_AT, due);
    execution.setVariable(Vars.NOTICED_DISCIPLINE, report.noticedDiscipline().value);
    // A response to an earlier notice does not answer this one, and the decision after it is made anew.
    execution.setVariable(Vars.EMPLOYEE_RESPONSE, null);
    execution.setVariable(Vars.NEW_NOTICE_OF_INTENT, false);
  }
}
