package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_IssueNoticeOfAllegation: the employee concerned learns of the accepted report and of their right to
 * answer it in writing by the statement deadline, as a PDF/A notice (§V.B, §III.K); it never names the
 * reporter (§V.C).
 */
@Component("issueAllegationNotice")
class IssueAllegationNoticeDelegate implements JavaDelegate {

  private final CaseInvestigation caseInvestigation;
  private final ViolationDocuments documents;

  IssueAllegationNoticeDelegate(CaseInvestigation caseInvestigation, ViolationDocuments documents) {
    this.caseInvestigation = caseInvestigation;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ViolationReport report = caseInvestigation.allegationNoticed(ViolationVariables.reportId(execution),
        execution.getProcessInstanceId());
    execution.setVariable(Vars.ALLEGATION_NOTICE, documents.allegationNotice(report).asFileValue());
  }
}
