package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_ActivateApproval: the acknowledged approval is in force in the register (§III.R). */
@Component("activateApproval")
class ActivateApprovalDelegate implements JavaDelegate {

  private final ApprovalRegister register;

  ActivateApprovalDelegate(ApprovalRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.activate(FormValues.text(execution, Vars.APPROVAL_NUMBER), DepictionVariables.requestId(execution));
  }
}
