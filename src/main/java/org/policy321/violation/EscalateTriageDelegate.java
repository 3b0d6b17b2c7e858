package org.policy321.violation;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.stereotype.Component;

/**
 * Task_EscalateTriage: triage is overdue. The task is raised and marked and offered to the next level
 * as well — Internal Affairs' lead ({@code policy.violation.triage.escalate-from-supervisor}) when a
 * supervisor holds it, the Chief (the outside authority when the Chief is a party) when a group does —
 * and to whoever held it: the first to claim it triages.
 */
@Component("escalateTriage")
class EscalateTriageDelegate implements JavaDelegate {

  private final TaskReminder reminder;
  private final TaskService taskService;
  private final ViolationProperties.Triage triage;
  private final ViolationRouting routing;
  private final CaseConflicts conflicts;

  EscalateTriageDelegate(TaskReminder reminder, TaskService taskService, ViolationProperties properties,
      ViolationRouting routing, CaseConflicts conflicts) {
    this.reminder = reminder;
    this.taskService = taskService;
    this.triage = properties.triage();
    this.routing = routing;
    this.conflicts = conflicts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task task = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ViolationReporting.Elements.TRIAGE_REPORT).singleResult();
    if (task == null) {
      return;
    }
    String holder = task.getAssignee();
    boolean heldBySupervisor = routing.triageAssignee(execution) != null;
    // Held by a group (Internal Affairs, or whoever a conflict of interest moved it to): up to whoever decides
    // in this case — the Chief, or the outside authority when the Chief is a party (CaseConflicts).
    String nextLevel = heldBySupervisor ? triage.escalateFromSupervisor() : routing.decisionGroups(execution).get(0);
    // Offered to both levels: whoever held it keeps it as a candidate, the next level may claim it.
    if (holder != null) {
      taskService.addCandidateUser(task.getId(), holder);
      taskService.setAssignee(task.getId(), null);
    }
    boolean alreadyOffered = taskService.getIdentityLinksForTask(task.getId()).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && nextLevel.equals(link.getGroupId()));
    if (!alreadyOffered) {
      taskService.addCandidateGroup(task.getId(), nextLevel);
    }
    reminder.remind(execution.getProcessInstanceId(), ViolationReporting.Elements.TRIAGE_REPORT,
        "Overdue: report " + FormValues.text(execution, ViolationReporting.Vars.CASE_NUMBER) + " was not triaged within "
            + triage.deadline() + " (Policy 3.21 §V.A). It is now also offered to " + conflicts.office(nextLevel)
            + ", who may take it over.");
  }
}
