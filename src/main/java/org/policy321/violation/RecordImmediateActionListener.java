package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_TakeImmediateAction, on completion: what the Chief or designee did at once (§V.B). */
@Component("recordImmediateAction")
class RecordImmediateActionListener implements TaskListener {

  private final ViolationCases cases;

  RecordImmediateActionListener(ViolationCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(Vars.ACTION_TAKEN,
        cases.recordImmediateAction(ViolationVariables.reportId(task), ActingUser.of(task), FormValues.text(task, Vars.ACTION_TAKEN)));
  }
}
