package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.documents.StoredDocument;
import org.springframework.stereotype.Component;

/**
 * Task_RevokeApproval: the approval is removed (verified, or recorded removed by the Chief or a designee) or
 * removed in part (the rest accepted as outside the requester's control); a revocation notice supersedes its
 * copy (§III.R).
 */
@Component("revokeApproval")
class RevokeApprovalDelegate implements JavaDelegate {

  private final RemovalService removals;
  private final RemovalDocuments documents;

  RevokeApprovalDelegate(RemovalService removals, RemovalDocuments documents) {
    this.removals = removals;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemovalCase removal = removals.revoke(RemovalVariables.removalId(execution), execution.getProcessInstanceId());
    StoredDocument notice = documents.revocationNotice(removal);
    execution.setVariable(Vars.REVOCATION_NOTICE, notice.asFileValue());
  }
}
