package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.policy321.platform.identity.Roster;
import java.util.Objects;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_TriageReport, on completion: accept, hand to IA, merge as duplicate, or not a violation (§V.A, §V.B). */
@Component("recordTriage")
class RecordTriageListener implements TaskListener {

  private final CaseTriage caseTriage;
  private final Roster roster;

  RecordTriageListener(CaseTriage caseTriage, Roster roster) {
    this.caseTriage = caseTriage;
    this.roster = roster;
  }

  /**
   * The engine offered this task to a group the person completing it is in: the routing's groups, or the
   * level an overdue triage was escalated to. Only the engine sets candidates (clients hold TASK_WORK only).
   */
  private boolean offeredToActor(DelegateTask task) {
    String[] groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
        .toArray(String[]::new);
    return groups.length > 0 && roster.belongsTo(ActingUser.of(task), groups);
  }

  @Override
  public void notify(DelegateTask task) {
    boolean endangeredAtReceipt = Boolean.TRUE.equals(task.getVariable(Vars.ENDANGERS));
    ViolationReport report = caseTriage.triage(ViolationVariables.reportId(task), ActingUser.of(task),
        TriageOutcome.of(FormValues.text(task, Vars.TRIAGE)), FormValues.text(task, Vars.IDENTIFIED_SUBJECT),
        FormValues.flag(task, Vars.ENDANGERS_DECIDED), FormValues.text(task, Vars.DUPLICATE_OF),
        FormValues.text(task, Vars.TRIAGE_REASON), FormValues.text(task, Vars.POLICY_SCOPE), offeredToActor(task));
    task.setVariable(Vars.SUBJECT_ID, report.subjectId());
    task.setVariable(Vars.ENDANGERS, report.endangers());
    // The immediate action of a report endangering from receipt is already under way (§V.B).
    boolean dangerSeenAtTriage = report.endangers() && !endangeredAtReceipt;
    task.setVariable(Vars.DANGER_SEEN_AT_TRIAGE, dangerSeenAtTriage);
    if (dangerSeenAtTriage) {
      ViolationVariables.setTime(task, Vars.IMMEDIATE_ACTION_DUE_AT, report.immediateActionDueAt());
    }
    if (report.investigationDueAt() != null) {
      ViolationVariables.setTime(task, Vars.INVESTIGATION_DUE_AT, report.investigationDueAt());
      // Null when the employee concerned is not known: Gateway_AllegationSubjectKnown reads it.
      ViolationVariables.setTime(task, Vars.STATEMENT_DUE_AT, report.statementDueAt());
    }
  }
}
