package org.policy321.removal;

import static org.policy321.platform.forms.FormValues.text;
import static org.policy321.removal.RemovalOnDirection.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.springframework.stereotype.Component;

/**
 * Task_DecidePartialRemoval, on completion: the Chief's or a designee's decision on "I cannot remove all of
 * it" (§III.R), checked and recorded by {@link RemovalService#decidePartial}; when they insist, the new
 * deadline becomes the removal task's.
 */
@Component("recordPartialDecision")
class RecordPartialDecisionListener implements TaskListener {

  private final RemovalService removals;

  RecordPartialDecisionListener(RemovalService removals) {
    this.removals = removals;
  }

  @Override
  public void notify(DelegateTask task) {
    RemovalCase removal = removals.decidePartial(RemovalVariables.removalId(task), ActingUser.of(task),
        text(task, Vars.PARTIAL_DECISION), text(task, Vars.DESIGNEE_NOTE), text(task, Vars.NEW_DEADLINE));
    if (removal.status() == RemovalStatus.OPEN && RemovalOnDirection.Outcomes.INSIST.equals(
        removal.lastDecision().map(RemovalDecision::decision).orElse(null))) {
      RemovalVariables.sendBack(task, removal);
    }
  }
}
