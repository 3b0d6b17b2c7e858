package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;
import static org.policy321.platform.forms.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.identity.InstanceAccess;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_RegisterRequest: checks and records the memo (§III.E); the requester may read the case. */
@Component("registerRequest")
class RegisterRequestDelegate implements JavaDelegate {

  private final DepictionRequestService requests;
  private final InstanceAccess access;

  RegisterRequestDelegate(DepictionRequestService requests, InstanceAccess access) {
    this.requests = requests;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Upload layout = DepictionVariables.layout(execution);
    Submission submission = Submission.of(text(execution, Vars.PROPOSED_USAGE), text(execution, Vars.PURPOSE),
        text(execution, Vars.DEPICTIONS), text(execution, Vars.PLATFORM), text(execution, Vars.URL),
        text(execution, Vars.POSTING_PERIOD), layout);
    String requesterId = DepictionVariables.requesterId(execution);
    DepictionRequest request = requests.register(execution.getProcessInstanceId(), requesterId, submission);
    access.grantRead(requesterId, execution.getProcessInstanceId());
    execution.setVariable(Vars.REQUEST_ID, request.id());
    execution.setVariable(Vars.LAYOUT_DIGEST, LayoutDigest.of(layout));
  }
}
