package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueNoticeOfIntent: suspension or termination is announced first, with time to respond (§V.B). */
@Component("issueNoticeOfIntent")
class IssueNoticeOfIntentDelegate implements JavaDelegate {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");

  private final ViolationCases cases;
  private final ViolationDocuments documents;

  IssueNoticeOfIntentDelegate(ViolationCases cases, ViolationDocuments documents) {
    this.cases = cases;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(Vars.RESPONSE_DUE_AT);
    ViolationReport report = cases.ofCase(ViolationVariables.reportId(execution), execution.getProcessInstanceId(),
        "a notice of intent", ViolationCases::disciplineDecided);
    execution.setVariable(Vars.NOTICE_OF_INTENT, documents.noticeOfIntent(report,
        DATE.format(due.toInstant().atZone(ZoneId.systemDefault()))).asFileValue());
  }
}
