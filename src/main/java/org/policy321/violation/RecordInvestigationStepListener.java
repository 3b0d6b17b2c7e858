package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Task_Investigate, on completion: the investigator's next step — a finding (§V.B), a question to
 * the reporter, or a request for more time, which the Chief decides.
 */
@Component("recordInvestigationStep")
class RecordInvestigationStepListener implements TaskListener {

  static final String FINDING = ViolationReporting.InvestigationSteps.FINDING;
  static final String QUESTION = ViolationReporting.InvestigationSteps.QUESTION;
  static final String EXTENSION = ViolationReporting.InvestigationSteps.EXTENSION;

  private final CaseInvestigation caseInvestigation;

  RecordInvestigationStepListener(CaseInvestigation caseInvestigation) {
    this.caseInvestigation = caseInvestigation;
  }

  @Override
  public void notify(DelegateTask task) {
    long reportId = ViolationVariables.reportId(task);
    String step = FormValues.text(task, Vars.INVESTIGATION_STEP);
    if (FINDING.equals(step)) {
      Finding finding = Finding.of(FormValues.text(task, Vars.FINDING));
      int prior = caseInvestigation.recordFinding(reportId, ActingUser.of(task), finding,
          FormValues.text(task, Vars.VIOLATED_CLAUSES), FormValues.text(task, Vars.VIOLATION_NATURE),
          FormValues.text(task, Vars.SEVERITY));
      task.setVariable(Vars.FINDING, finding.value());
      task.setVariable(Vars.PRIOR_SUSTAINED, prior);
    } else if (QUESTION.equals(step)) {
      ViolationVariables.setTime(task, Vars.QUESTION_DUE_AT,
          caseInvestigation.askReporter(reportId, FormValues.text(task, Vars.QUESTION)));
    } else if (EXTENSION.equals(step)) {
      caseInvestigation.requestExtension(FormValues.text(task, Vars.EXTENSION_REASON), FormValues.text(task, Vars.EXTENSION_DURATION));
    } else {
      throw new InvalidInputException("Choose the next step: record the finding, ask the reporter, or request more time.");
    }
  }
}
