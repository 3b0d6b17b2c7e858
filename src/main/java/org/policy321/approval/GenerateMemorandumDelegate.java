package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GenerateMemo: the memorandum as it stands, for the decision form (§III.E, §III.R). */
@Component("generateMemorandum")
class GenerateMemorandumDelegate implements JavaDelegate {

  private final DepictionRequestService requests;
  private final DepictionDocuments documents;

  GenerateMemorandumDelegate(DepictionRequestService requests, DepictionDocuments documents) {
    this.requests = requests;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DepictionRequest request = requests.ofCase(DepictionVariables.requestId(execution),
        execution.getProcessInstanceId(), RequestStatus.UNDER_REVIEW);
    DepictionVariables.putDocument(execution, Vars.MEMORANDUM,
        documents.memorandum(request, DepictionVariables.layout(execution)));
    execution.setVariable(Vars.INQUIRY_HISTORY, requests.inquiryHistory(request));
  }
}
