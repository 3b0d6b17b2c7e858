package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Component;

/** Task_IssueApprovalCopy: numbers the approval and writes the copy the requester keeps (§III.R). */
@Component("issueApprovalCopy")
class IssueApprovalCopyDelegate implements JavaDelegate {

  private final DepictionRequestService requests;
  private final ApprovalRegister register;
  private final DepictionDocuments documents;
  private final Roster roster;

  IssueApprovalCopyDelegate(DepictionRequestService requests, ApprovalRegister register, DepictionDocuments documents,
      Roster roster) {
    this.requests = requests;
    this.register = register;
    this.documents = documents;
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DepictionRequest request = requests.ofCase(DepictionVariables.requestId(execution),
        execution.getProcessInstanceId(), RequestStatus.APPROVED);
    Approval approval = register.issue(request);
    // The layout as decided on: after the decision no step (and no client) can replace it.
    StoredDocument copy = documents.approvalCopy(request, approval, LayoutDigest.of(DepictionVariables.layout(execution)));
    register.attachCopy(approval, copy.id());
    execution.setVariable(Vars.APPROVAL_NUMBER, approval.approvalNumber());
    // The acknowledgement form names who decided; from the request's record, so no client's variable can change it.
    execution.setVariable(Vars.DECIDED_BY_NAME, roster.nameOf(request.decidedBy()));
    DepictionVariables.putDocument(execution, Vars.APPROVAL_COPY, copy);
  }
}
