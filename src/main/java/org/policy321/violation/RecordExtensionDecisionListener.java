package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_DecideExtension, on completion: the Chief approves (new due date) or refuses more time, with a reason. */
@Component("recordExtensionDecision")
class RecordExtensionDecisionListener implements TaskListener {

  private final CaseInvestigation caseInvestigation;

  RecordExtensionDecisionListener(CaseInvestigation caseInvestigation) {
    this.caseInvestigation = caseInvestigation;
  }

  @Override
  public void notify(DelegateTask task) {
    ViolationReport report = caseInvestigation.decideExtension(ViolationVariables.reportId(task), ActingUser.of(task),
        FormValues.flag(task, Vars.EXTENSION_APPROVED), FormValues.text(task, Vars.EXTENSION_DECISION_REASON),
        FormValues.text(task, Vars.EXTENSION_DURATION));
    ViolationVariables.setTime(task, Vars.INVESTIGATION_DUE_AT, report.investigationDueAt());
  }
}
