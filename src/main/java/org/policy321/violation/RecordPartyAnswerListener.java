package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.policy321.violation.ViolationReporting.PartyTask;
import org.springframework.stereotype.Component;

/**
 * Task_PartyTask, on completion: records what the employee concerned answered, in
 * their own transaction, so a refused answer leaves the task open.
 */
@Component("recordPartyAnswer")
class RecordPartyAnswerListener implements TaskListener {

  private final CaseInvestigation caseInvestigation;
  private final CaseDiscipline caseDiscipline;
  private final ImmediateActions actions;

  RecordPartyAnswerListener(CaseInvestigation caseInvestigation, CaseDiscipline caseDiscipline,
      ImmediateActions actions) {
    this.caseInvestigation = caseInvestigation;
    this.caseDiscipline = caseDiscipline;
    this.actions = actions;
  }

  @Override
  public void notify(DelegateTask task) {
    long reportId = ViolationVariables.reportId(task);
    String actor = ActingUser.of(task);
    switch (PartyTask.valueOf(FormValues.text(task, Vars.PARTY_TASK_KIND))) {
      case ANSWER_ALLEGATION -> {
        ViolationReport report = caseInvestigation.answerAllegation(reportId, actor, FormValues.flag(task, Vars.STATEMENT_GIVEN),
            FormValues.text(task, Vars.STATEMENT));
        // Back to the case (out-mappings of Task_AnswerAllegation), where the investigator reads them.
        task.setVariable(Vars.STATEMENT, report.statementText());
        task.setVariable(Vars.STATEMENT_OUTCOME, report.statementOutcome().value());
      }
      case RESPOND_TO_NOTICE_OF_INTENT -> task.setVariable(Vars.EMPLOYEE_RESPONSE,
          caseDiscipline.recordResponse(reportId, actor, FormValues.text(task, Vars.EMPLOYEE_RESPONSE)));
      case ACKNOWLEDGE_DISCIPLINE -> caseDiscipline.answerNotice(reportId, actor, FormValues.flag(task, Vars.ACKNOWLEDGED));
      case READ_FINDING_NOTICE -> caseDiscipline.noticeRead(reportId, actor);
      case TAKE_DOWN_POSTING -> actions.answerTakeDown(reportId, actor, FormValues.text(task, Vars.TAKE_DOWN_ANSWER),
          FormValues.text(task, Vars.TAKE_DOWN_NOTE));
    }
  }
}
