package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_IssueDisapprovalLetter: the letter with the notation and the reason (§III.R). */
@Component("issueDisapprovalLetter")
class IssueDisapprovalLetterDelegate implements JavaDelegate {

  private final DepictionRequestService requests;
  private final DepictionDocuments documents;

  IssueDisapprovalLetterDelegate(DepictionRequestService requests, DepictionDocuments documents) {
    this.requests = requests;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DepictionRequest request = requests.ofCase(DepictionVariables.requestId(execution),
        execution.getProcessInstanceId(), RequestStatus.DISAPPROVED);
    DepictionVariables.putDocument(execution, Vars.DISAPPROVAL_LETTER, documents.disapprovalLetter(request));
  }
}
