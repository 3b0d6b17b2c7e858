package org.policy321.approval;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Task_EscalateDecision: the decision is overdue (§III.R). Raises the open decision task's
 * priority, which Tasklist sorts and shows, and adds a reminder comment to it.
 */
@Component("escalateDecision")
class EscalateDecisionDelegate implements JavaDelegate {

  static final int ESCALATED_PRIORITY = 90;

  private final TaskService taskService;
  private final DepictionDeadlines deadlines;

  EscalateDecisionDelegate(TaskService taskService, DepictionDeadlines deadlines) {
    this.taskService = taskService;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task decision = taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(DepictionApproval.Elements.DECIDE_ON_MEMO)
        .singleResult();
    if (decision == null) {
      return; // decided in the same instant the timer fired; nothing left to escalate
    }
    decision.setPriority(ESCALATED_PRIORITY);
    taskService.saveTask(decision);
    taskService.createComment(decision.getId(), execution.getProcessInstanceId(),
        "Reminder: this memo has waited longer than the decision deadline (" + deadlines.getDecision()
            + "). Please approve, disapprove or make further inquiries (Policy 3.21 §III.R).");
  }
}
