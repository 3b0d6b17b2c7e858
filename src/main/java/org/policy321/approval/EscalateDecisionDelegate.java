package org.policy321.approval;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.stereotype.Component;

/** Task_EscalateDecision: the decision is overdue (§III.R); the decider is reminded on the task. */
@Component("escalateDecision")
class EscalateDecisionDelegate implements JavaDelegate {

  private final TaskReminder reminder;
  private final DepictionDeadlines deadlines;

  EscalateDecisionDelegate(TaskReminder reminder, DepictionDeadlines deadlines) {
    this.reminder = reminder;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminder.remind(execution.getProcessInstanceId(), DepictionApproval.Elements.DECIDE_ON_MEMO,
        "Reminder: this memo has waited longer than the decision deadline (" + deadlines.getDecision()
            + "). Please approve, disapprove or make further inquiries (Policy 3.21 §III.R).");
  }
}
