package org.policy321.removal;

import static org.policy321.platform.forms.FormValues.text;
import static org.policy321.removal.RemovalOnDirection.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_DecideUnremovedPosting, on completion: the Chief's or a designee's decision on an overdue or refused
 * removal (§III.R, §V.A), checked and recorded by {@link RemovalService#decideUnremoved} (the referral to
 * Internal Affairs too, which the record, not the variable, vouches for); directing again gives the removal
 * task its new deadline.
 */
@Component("recordUnremovedDecision")
class RecordUnremovedDecisionListener implements TaskListener {

  private final RemovalService removals;

  RecordUnremovedDecisionListener(RemovalService removals) {
    this.removals = removals;
  }

  @Override
  public void notify(DelegateTask task) {
    RemovalCase removal = removals.decideUnremoved(RemovalVariables.removalId(task), ActingUser.of(task),
        text(task, Vars.UNREMOVED_DECISION), text(task, Vars.DESIGNEE_NOTE), text(task, Vars.NEW_DEADLINE),
        FormValues.flag(task, Vars.REFER_TO_IA));
    if (RemovalOnDirection.Outcomes.DIRECT_AGAIN.equals(removal.lastDecision().orElseThrow().decision())) {
      RemovalVariables.sendBack(task, removal);
    }
  }
}
