package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;
import static org.policy321.platform.forms.FormValues.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.identity.InstanceAccess;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: checks and records the memo (§III.E); the requester may read the case. Keeps the
 * posting period as text ({@code postingPeriod}) for the decision form.
 */
@Component("registerRequest")
class RegisterRequestDelegate implements JavaDelegate {

  private final DepictionRequestService requests;
  private final InstanceAccess access;
  private final Clock clock;

  RegisterRequestDelegate(DepictionRequestService requests, InstanceAccess access, Clock clock) {
    this.requests = requests;
    this.access = access;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Upload layout = DepictionVariables.layout(execution);
    Submission submission = Submission.of(text(execution, Vars.PROPOSED_USAGE), text(execution, Vars.PURPOSE),
        text(execution, Vars.DEPICTIONS), text(execution, Vars.PLATFORM), text(execution, Vars.URL),
        postingUntil(execution), FormValues.flag(execution, Vars.POSTING_OPEN_ENDED), layout, LocalDate.now(clock));
    String requesterId = DepictionVariables.requesterId(execution);
    DepictionRequest request = requests.register(execution.getProcessInstanceId(), requesterId, submission);
    access.grantRead(requesterId, execution.getProcessInstanceId());
    // The case's number is its business key: Tasklist and Cockpit show it, the auditors' history finds it by it.
    execution.setProcessBusinessKey(DepictionDocuments.requestNumber(request));
    execution.setVariable(Vars.REQUEST_ID, request.id());
    execution.setVariable(Vars.LAYOUT_DIGEST, LayoutDigest.of(layout));
    execution.setVariable(Vars.POSTING_PERIOD, requests.postingPeriod(request));
  }

  /** Tasklist's date field sends YYYY-MM-DD as text; a REST client may send a Date (its day in UTC, the engine's zone). */
  private String postingUntil(DelegateExecution execution) {
    Object value = execution.getVariable(Vars.POSTING_UNTIL);
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), clock.getZone()).toString();
    }
    return value == null ? null : value.toString();
  }
}
