package org.policy321.violation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.stereotype.Component;

/** Task_EscalateImmediateAction: the Chief's immediate action is overdue (§V.B); the task is raised and marked. */
@Component("escalateImmediateAction")
class EscalateImmediateActionDelegate implements JavaDelegate {

  private final TaskReminder reminder;

  EscalateImmediateActionDelegate(TaskReminder reminder) {
    this.reminder = reminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminder.remind(execution.getProcessInstanceId(), ViolationReporting.Elements.TAKE_IMMEDIATE_ACTION,
        "Overdue: this report may endanger someone's safety or compromise an investigation; "
            + "§V.B requires the Chief's immediate action.");
  }
}
