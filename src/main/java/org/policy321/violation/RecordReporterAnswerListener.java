package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.stereotype.Component;

/**
 * Task_AnswerInvestigatorQuestion (violation-reporter-task), on completion: records the named reporter's
 * answer on the case (§V.A), in their own transaction, so a refused answer leaves the task open. The
 * case goes on in the same transaction (the investigation opens again) as nobody: the case's history
 * would otherwise name the reporter, as assigner of the investigator's task (§V.C).
 */
@Component("recordReporterAnswer")
class RecordReporterAnswerListener implements TaskListener {

  private final CaseInvestigation caseInvestigation;

  RecordReporterAnswerListener(CaseInvestigation caseInvestigation) {
    this.caseInvestigation = caseInvestigation;
  }

  @Override
  public void notify(DelegateTask task) {
    caseInvestigation.recordAnswer(ViolationVariables.reportId(task), ActingUser.of(task), FormValues.text(task, Vars.ANSWER));
    SystemAuthority.restOfCommandAsNobody(task.getProcessEngineServices().getIdentityService());
  }
}
