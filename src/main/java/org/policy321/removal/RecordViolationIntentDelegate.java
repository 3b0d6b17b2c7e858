package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.identity.Roster;
import org.policy321.violation.ViolationIntents;
import org.springframework.stereotype.Component;

/**
 * Task_RecordViolationIntent: an overdue or refused removal is a possible violation of §III.R and
 * §III.D. Records it and opens a §V case for Internal Affairs, and routes the removal to the
 * requester's supervisor.
 */
@Component("recordViolationIntent")
class RecordViolationIntentDelegate implements JavaDelegate {

  private final RemovalService removals;
  private final ViolationIntents violations;
  private final Roster roster;

  RecordViolationIntentDelegate(RemovalService removals, ViolationIntents violations, Roster roster) {
    this.removals = removals;
    this.violations = violations;
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemovalCase removal = removals.close(RemovalVariables.removalId(execution), execution.getProcessInstanceId(),
        RemovalStatus.ESCALATED);
    boolean refused = RemovalOnDirection.Outcomes.REFUSED.equals(execution.getVariable(Vars.OUTCOME));
    violations.record(removal.requesterId(), "§III.R, §III.D",
        "Depictions under approval " + removal.approvalNumber() + " were " + (refused ? "not removed: the requester refused"
            : "not removed by the deadline " + removal.dueAt().toLocalDate()) + ". Removal reason: " + removal.reason(),
        removal.approvalNumber(), execution.getProcessInstanceId());
    execution.setVariable(Vars.SUPERVISOR_ID, roster.supervisorOf(removal.requesterId()).orElse(null));
  }
}
