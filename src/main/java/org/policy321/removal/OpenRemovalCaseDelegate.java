package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;
import static org.policy321.platform.forms.FormValues.text;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.RuntimeService;
import org.policy321.approval.DepictionApproval;
import org.policy321.platform.identity.InstanceAccess;
import org.policy321.platform.identity.SystemAuthority;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_OpenRemovalCase: checks who asks and for which approval, and opens the case (§III.R). In the
 * starter's transaction, so a refused direction starts nothing and changes no approval.
 */
@Component("openRemovalCase")
class OpenRemovalCaseDelegate implements JavaDelegate {

  private final RemovalService removals;
  private final InstanceAccess access;
  private final RuntimeService runtimeService;

  OpenRemovalCaseDelegate(RemovalService removals, InstanceAccess access, RuntimeService runtimeService) {
    this.removals = removals;
    this.access = access;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemovalCase removal;
    if (execution.getSuperExecution() != null) {
      // Called by the periodic review's call activity: the engine, not a form, vouches for the kind.
      removal = removals.openFromReview(execution.getProcessInstanceId(), text(execution, Vars.APPROVAL_NUMBER),
          RemovalKind.valueOf(text(execution, Vars.KIND)), text(execution, Vars.REASON),
          text(execution, ApprovalReview.Vars.REMOVAL_DIRECTED_BY));
    } else {
      removal = removals.open(execution.getProcessInstanceId(), text(execution, Vars.REQUESTED_BY),
          text(execution, Vars.APPROVAL_NUMBER), text(execution, Vars.REASON), text(execution, Vars.DEADLINE));
      stopReviews(removal.approvalNumber());
      // Under the approval's number, as the removals a review starts (their call activity passes it on): the
      // auditors' history of the approval finds every removal by it.
      execution.setProcessBusinessKey(removal.approvalNumber());
    }
    access.grantRead(removal.requesterId(), execution.getProcessInstanceId());
    execution.setVariable(Vars.REMOVAL_ID, removal.id());
    execution.setVariable(Vars.APPROVAL_NUMBER, removal.approvalNumber());
    execution.setVariable(Vars.REQUESTER_ID, removal.requesterId());
    execution.setVariable(Vars.KIND, removal.kind().name());
    execution.setVariable(Vars.DUE_AT, Date.from(removal.dueAt().toInstant()));
  }

  /**
   * Once its removal is under way, nothing else waits on the approval: its periodic review stops, and
   * an approval directed off before it was acknowledged has nothing left to acknowledge.
   */
  private void stopReviews(String approvalNumber) {
    SystemAuthority.call(() -> runtimeService.createMessageCorrelation(DepictionApproval.MESSAGE_REMOVAL_STARTED)
        .processInstanceVariableEquals(Vars.APPROVAL_NUMBER, approvalNumber).correlateAllWithResult());
  }
}
