package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_WithdrawRequest, on completion: a withdrawal needs the requester's reason (§III.R). */
@Component("checkWithdrawal")
class CheckWithdrawalListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormValues.required(FormValues.text(task, Vars.WITHDRAWAL_REASON), "The reason for withdrawing the request");
  }
}
