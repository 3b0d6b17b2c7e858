package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_IssueDisciplineNotice: the final discipline as a PDF/A notice (§V.B, §III.K); the case
 * closes and the reporter hears that the violation was sustained. A referral for training stays on
 * the case record and starts the employee's training, the case linked ({@link ReferredForTraining}, §VI.A).
 */
@Component("issueDisciplineNotice")
class IssueDisciplineNoticeDelegate implements JavaDelegate {

  private final CaseDiscipline caseDiscipline;
  private final ViolationDocuments documents;

  IssueDisciplineNoticeDelegate(CaseDiscipline caseDiscipline, ViolationDocuments documents) {
    this.caseDiscipline = caseDiscipline;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ViolationReport report = caseDiscipline.closeWithDiscipline(ViolationVariables.reportId(execution),
        execution.getProcessInstanceId());
    execution.setVariable(Vars.DISCIPLINE_NOTICE, documents.disciplineNotice(report).asFileValue());
  }
}
