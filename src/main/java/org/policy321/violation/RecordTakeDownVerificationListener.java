package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_VerifyTakeDown, on completion: the posting is gone, or it is directed again with a new deadline (§V.B). */
@Component("recordTakeDownVerification")
class RecordTakeDownVerificationListener implements TaskListener {

  private final ImmediateActions actions;

  RecordTakeDownVerificationListener(ImmediateActions actions) {
    this.actions = actions;
  }

  @Override
  public void notify(DelegateTask task) {
    Boolean gone = FormValues.flag(task, Vars.TAKE_DOWN_VERIFIED);
    actions.verifyTakeDown(ViolationVariables.reportId(task), ActingUser.of(task), gone,
            FormValues.text(task, Vars.TAKE_DOWN_VERIFIER_NOTE), FormValues.text(task, Vars.NEW_TAKE_DOWN_DEADLINE))
        .ifPresent(due -> ViolationVariables.setTime(task, Vars.TAKE_DOWN_DUE_AT, due));
    // A typed answer for the gateway, whichever way the form sent it.
    task.setVariable(Vars.TAKE_DOWN_VERIFIED, gone);
  }
}
