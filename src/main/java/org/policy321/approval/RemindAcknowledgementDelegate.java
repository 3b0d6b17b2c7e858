package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.stereotype.Component;

/** Task_RemindAcknowledgement: the approval copy is still unacknowledged at its deadline (§III.R). */
@Component("remindAcknowledgement")
class RemindAcknowledgementDelegate implements JavaDelegate {

  private final TaskReminder reminder;

  RemindAcknowledgementDelegate(TaskReminder reminder) {
    this.reminder = reminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminder.remind(execution.getProcessInstanceId(), DepictionApproval.Elements.ACKNOWLEDGE_APPROVAL_COPY,
        "Reminder: download the copy of approval " + FormValues.text(execution, Vars.APPROVAL_NUMBER)
            + " and acknowledge that you retain it (Policy 3.21 §III.R). Until you do, the approval is not in force: "
            + "do not post the depictions yet.");
  }
}
