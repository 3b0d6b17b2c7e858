package org.policy321.violation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.stereotype.Component;

/** Task_RemindTriage: the report waits for triage; §V.A asks for reports to be acted on immediately. */
@Component("remindTriage")
class RemindTriageDelegate implements JavaDelegate {

  private final TaskReminder reminder;
  private final ViolationProperties.Triage triage;

  RemindTriageDelegate(TaskReminder reminder, ViolationProperties properties) {
    this.reminder = reminder;
    this.triage = properties.triage();
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminder.remind(execution.getProcessInstanceId(), ViolationReporting.Elements.TRIAGE_REPORT,
        "Reminder: report " + FormValues.text(execution, ViolationReporting.Vars.CASE_NUMBER)
            + " waits for triage; it is due " + triage.deadline() + " after it arrived and is escalated then (Policy 3.21 §V.A).");
  }
}
