package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_DecideDiscipline and Task_DecideFinalDiscipline, on completion: the Chief's decision, which
 * may depart from the DMN recommendation only with a reason, and whose final measure exceeds the one
 * noticed only as a new notice of intent (§V.B).
 */
@Component("recordDisciplineDecision")
class RecordDisciplineDecisionListener implements TaskListener {

  private final CaseDiscipline caseDiscipline;

  RecordDisciplineDecisionListener(CaseDiscipline caseDiscipline) {
    this.caseDiscipline = caseDiscipline;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean newNoticeOfIntent = Boolean.TRUE.equals(FormValues.flag(task, Vars.NEW_NOTICE_OF_INTENT));
    ViolationReport report = caseDiscipline.decideDiscipline(ViolationVariables.reportId(task), ActingUser.of(task),
        FormValues.text(task, Vars.RECOMMENDATION), Discipline.of(FormValues.text(task, Vars.DISCIPLINE)),
        FormValues.text(task, Vars.DISCIPLINE_REASON), FormValues.text(task, Vars.EFFECTIVE_DATE), newNoticeOfIntent);
    task.setVariable(Vars.DISCIPLINE, report.discipline().value);
    task.setVariable(Vars.EFFECTIVE_DATE, report.effectiveDate().toString());
    task.setVariable(Vars.NEW_NOTICE_OF_INTENT, newNoticeOfIntent);
  }
}
