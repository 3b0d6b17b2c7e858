package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Component;

/**
 * Task_MarkRemovalOverdue: an overdue or refused removal (§III.R) is escalated — the approval becomes
 * REMOVAL_OVERDUE — and the requester's supervisor is found on the roster (§V.A: the chain of command is
 * informed). Nothing goes to Internal Affairs here: a person decides that.
 */
@Component("markRemovalOverdue")
class MarkRemovalOverdueDelegate implements JavaDelegate {

  private final RemovalService removals;
  private final Roster roster;

  MarkRemovalOverdueDelegate(RemovalService removals, Roster roster) {
    this.removals = removals;
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemovalService.Escalation escalation = removals.escalate(RemovalVariables.removalId(execution),
        execution.getProcessInstanceId());
    execution.setVariable(Vars.ESCALATION_CAUSE, escalation.refused() ? RemovalOnDirection.Outcomes.REFUSED
        : RemovalOnDirection.Outcomes.OVERDUE);
    execution.setVariable(Vars.SUPERVISOR_ID, roster.supervisorOf(escalation.removal().requesterId()).orElse(null));
  }
}
