package org.policy321.removal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.stereotype.Component;

/** Task_RemindRequester: the removal deadline is near (§III.R). */
@Component("remindRemoval")
class RemindRequesterDelegate implements JavaDelegate {

  private final TaskReminder reminder;
  private final RemovalService removals;

  RemindRequesterDelegate(TaskReminder reminder, RemovalService removals) {
    this.reminder = reminder;
    this.removals = removals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemovalCase removal = removals.get(RemovalVariables.removalId(execution));
    reminder.remind(execution.getProcessInstanceId(), RemovalOnDirection.Elements.REMOVE_POSTING,
        "Reminder: remove the department's depictions covered by approval " + removal.approvalNumber()
            + " by " + removal.dueAt().toLocalDate() + " and confirm it here (Policy 3.21 §III.R). "
            + "After the deadline your supervisor is informed.");
  }
}
