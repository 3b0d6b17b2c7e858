package org.policy321.violation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NoteTakeDownOverdue: the take-down's deadline passed unanswered; the Chief's side checks the posting (§V.B). */
@Component("noteTakeDownOverdue")
class NoteTakeDownOverdueDelegate implements JavaDelegate {

  private final ImmediateActions actions;

  NoteTakeDownOverdueDelegate(ImmediateActions actions) {
    this.actions = actions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    actions.takeDownOverdue(ViolationVariables.reportId(execution));
    // An answer from an earlier round is not this round's: the check shows "no answer by the deadline".
    execution.removeVariable(ViolationReporting.Vars.TAKE_DOWN_ANSWER);
    execution.removeVariable(ViolationReporting.Vars.TAKE_DOWN_NOTE);
  }
}
