package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_IssueFindingNotice: a finding other than sustained closes the case (§V.B); the reporter
 * hears the disposition, and the employee concerned, when known, gets the notice of finding.
 */
@Component("issueFindingNotice")
class IssueFindingNoticeDelegate implements JavaDelegate {

  private final CaseDiscipline caseDiscipline;
  private final ViolationDocuments documents;

  IssueFindingNoticeDelegate(CaseDiscipline caseDiscipline, ViolationDocuments documents) {
    this.caseDiscipline = caseDiscipline;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ViolationReport report = caseDiscipline.closeWithoutDiscipline(ViolationVariables.reportId(execution),
        execution.getProcessInstanceId());
    if (report.subjectId() != null) {
      execution.setVariable(Vars.FINDING_NOTICE, documents.findingNotice(report).asFileValue());
    }
  }
}
