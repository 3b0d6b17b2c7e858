package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_VerifyRemoval, on completion: the designee's finding, with a note when still visible (§III.R). */
@Component("recordVerification")
class RecordVerificationListener implements TaskListener {

  private final RemovalService removals;

  RecordVerificationListener(RemovalService removals) {
    this.removals = removals;
  }

  @Override
  public void notify(DelegateTask task) {
    removals.verify(RemovalVariables.removalId(task), ActingUser.of(task),
        FormValues.flag(task, Vars.VERIFIED), FormValues.text(task, Vars.VERIFIER_NOTE));
  }
}
