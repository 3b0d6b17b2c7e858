package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.policy321.violation.ViolationReporting.PartyTask;
import org.springframework.stereotype.Component;

/** Start of violation-party-task: names the party's task and picks its form from the kind the case asked for. */
@Component("openPartyTask")
class OpenPartyTaskListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    PartyTask kind = PartyTask.valueOf((String) execution.getVariable(Vars.PARTY_TASK_KIND));
    execution.setVariable(Vars.PARTY_TASK_NAME, kind.taskName + " — case " + execution.getVariable(Vars.CASE_NUMBER));
    execution.setVariable(Vars.PARTY_FORM_KEY, kind.formKey);
  }
}
