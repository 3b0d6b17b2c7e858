package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_TriageReport, on completion: accept, hand to IA, merge as duplicate, or not a violation (§V.A, §V.B). */
@Component("recordTriage")
class RecordTriageListener implements TaskListener {

  private final ViolationCases cases;

  RecordTriageListener(ViolationCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    ViolationReport report = cases.triage(ViolationVariables.reportId(task), ActingUser.of(task),
        TriageOutcome.of(FormValues.text(task, Vars.TRIAGE)), FormValues.text(task, Vars.IDENTIFIED_SUBJECT),
        FormValues.flag(task, Vars.ENDANGERS_DECIDED), FormValues.text(task, Vars.DUPLICATE_OF),
        FormValues.text(task, Vars.TRIAGE_REASON));
    task.setVariable(Vars.SUBJECT_ID, report.subjectId());
    task.setVariable(Vars.ENDANGERS, report.endangers());
    if (report.investigationDueAt() != null) {
      ViolationVariables.setTime(task, Vars.INVESTIGATION_DUE_AT, report.investigationDueAt());
      ViolationVariables.setTime(task, Vars.IMMEDIATE_ACTION_DUE_AT, cases.immediateActionDue());
    }
  }
}
