package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_AnswerInquiry, on completion: records the answer and a replaced layout (checked like the
 * first), and clears the last decision so the next round starts from a blank form.
 */
@Component("recordAnswer")
class RecordAnswerListener implements TaskListener {

  private final DepictionRequestService requests;

  RecordAnswerListener(DepictionRequestService requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    DepictionVariables.adoptNewLayout(task);
    Upload layout = DepictionVariables.layout(task);
    String digest = LayoutDigest.of(layout);
    boolean replaced = !digest.equals(FormValues.text(task, Vars.LAYOUT_DIGEST));
    if (replaced) {
      requests.checkLayout(layout);
    }
    requests.recordAnswer(DepictionVariables.requestId(task), FormValues.text(task, Vars.ANSWER), replaced);
    task.setVariable(Vars.LAYOUT_DIGEST, digest);
    task.removeVariable(Vars.DECISION);
    task.removeVariable(Vars.NOTATION);
    task.removeVariable(Vars.DISAPPROVAL_REASON);
  }
}
