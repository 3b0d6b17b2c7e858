package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Elements;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Conflicts of interest (issue 12), as {@code ${caseConflictGuard}} on the {@code assignment} and
 * {@code complete} events of every step that triages, investigates, reviews, acts or decides: nobody
 * takes one in a case they reported or that concerns them (like OwnRequestGuard for requests). A claim,
 * an assignment or a completion by such a person fails and leaves the task as it was; the sentence says
 * who acts instead and never who reported (the reporter is read from the case record, never a variable).
 */
@Component("caseConflictGuard")
class CaseConflictGuard implements TaskListener {

  private static final Map<String, CaseConflicts.Step> STEPS = Map.of(
      Elements.VERIFY_TAKE_DOWN, CaseConflicts.Step.IMMEDIATE_ACTION,
      Elements.TRIAGE_REPORT, CaseConflicts.Step.TRIAGE,
      Elements.INVESTIGATE, CaseConflicts.Step.INVESTIGATION,
      Elements.REVIEW_EARLY_INTERVENTION, CaseConflicts.Step.EARLY_INTERVENTION,
      Elements.TAKE_IMMEDIATE_ACTION, CaseConflicts.Step.IMMEDIATE_ACTION,
      Elements.DECIDE_EXTENSION, CaseConflicts.Step.EXTENSION,
      Elements.DECIDE_DISCIPLINE, CaseConflicts.Step.DISCIPLINE,
      Elements.DECIDE_FINAL_DISCIPLINE, CaseConflicts.Step.DISCIPLINE);

  private final ViolationCases cases;
  private final CaseConflicts conflicts;

  CaseConflictGuard(ViolationCases cases, CaseConflicts conflicts) {
    this.cases = cases;
    this.conflicts = conflicts;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseConflicts.Step step = STEPS.get(task.getTaskDefinitionKey());
    if (step == null) {
      throw new IllegalStateException("caseConflictGuard is bound to " + task.getTaskDefinitionKey()
          + ", which is not a step it knows.");
    }
    String actor = EVENTNAME_COMPLETE.equals(task.getEventName()) ? completer(task) : task.getAssignee();
    if (actor != null) {
      conflicts.refuseParty(actor, step, cases.get(ViolationVariables.reportId(task)));
    }
  }

  /** The signed-in user, else the assignee; nobody: the step's own listener refuses. */
  private static String completer(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId()
        : task.getAssignee();
  }
}
