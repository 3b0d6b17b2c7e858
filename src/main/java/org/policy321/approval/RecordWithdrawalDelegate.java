package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_RecordWithdrawal: the requester withdrew the request before the decision (§III.R). */
@Component("recordWithdrawal")
class RecordWithdrawalDelegate implements JavaDelegate {

  private final DepictionRequestService requests;

  RecordWithdrawalDelegate(DepictionRequestService requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.close(DepictionVariables.requestId(execution), RequestStatus.WITHDRAWN,
        FormValues.text(execution, Vars.WITHDRAWAL_REASON));
  }
}
