package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_WithdrawUnansweredRequest: the inquiry went unanswered past its deadline (§III.R). */
@Component("withdrawUnansweredRequest")
class WithdrawUnansweredRequestDelegate implements JavaDelegate {

  private final DepictionRequestService requests;
  private final DepictionDeadlines deadlines;

  WithdrawUnansweredRequestDelegate(DepictionRequestService requests, DepictionDeadlines deadlines) {
    this.requests = requests;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = "The further inquiry on this request was not answered within the deadline ("
        + deadlines.getInquiry() + "), so the request was withdrawn (Policy 3.21 §III.R). You may submit a new memo.";
    requests.close(DepictionVariables.requestId(execution), RequestStatus.LAPSED, reason);
    execution.setVariable(Vars.WITHDRAWAL_REASON, reason);
  }
}
