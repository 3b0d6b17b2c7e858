package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Component;

/**
 * Task_TakeImmediateAction, on completion: what the Chief or designee did at once (§V.B), and for a
 * take-down whom it is directed to and by when.
 */
@Component("recordImmediateAction")
class RecordImmediateActionListener implements TaskListener {

  private final ImmediateActions actions;
  private final Roster roster;

  RecordImmediateActionListener(ImmediateActions actions, Roster roster) {
    this.actions = actions;
    this.roster = roster;
  }

  @Override
  public void notify(DelegateTask task) {
    ViolationReport report = actions.record(ViolationVariables.reportId(task), ActingUser.of(task),
        FormValues.text(task, Vars.IMMEDIATE_ACTION), FormValues.text(task, Vars.ACTION_TAKEN),
        FormValues.text(task, Vars.IDENTIFIED_SUBJECT), FormValues.text(task, Vars.TAKE_DOWN_DEADLINE));
    task.setVariable(Vars.IMMEDIATE_ACTION, report.immediateAction().value);
    task.setVariable(Vars.ACTION_TAKEN, report.immediateActionNote());
    if (report.takeDownBy() != null) {
      task.setVariable(Vars.SUBJECT_ID, report.subjectId());
      task.setVariable(Vars.TAKE_DOWN_BY, report.takeDownBy());
      task.setVariable(Vars.TAKE_DOWN_BY_NAME, roster.nameOf(report.takeDownBy()));
      ViolationVariables.setTime(task, Vars.TAKE_DOWN_DUE_AT, report.takeDownDueAt());
    }
    if (report.statementDueAt() != null) {
      ViolationVariables.setTime(task, Vars.STATEMENT_DUE_AT, report.statementDueAt());
    }
    // A case accepted while this action was pending, about an employee not yet known, waits for it (§V.B): the
    // employee named here is told of the allegation. Before acceptance, or once told, nothing waits.
    task.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(ViolationReporting.MESSAGE_IMMEDIATE_ACTION_RECORDED)
        .processInstanceId(task.getProcessInstanceId()).correlateAllWithResult();
  }
}
