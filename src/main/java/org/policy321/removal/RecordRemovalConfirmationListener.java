package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;
import static org.policy321.platform.forms.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.forms.UploadCheck;
import org.springframework.stereotype.Component;

/**
 * Task_RemovePosting, on completion: the requester's answer (§III.R) — "removed" with evidence (address plus
 * screenshot or statement), "cannot-remove-all" with what remains outside their control, "refused" with the
 * reason — checked and recorded by {@link RemovalService#answer}; nothing is kept when it is refused.
 */
@Component("recordRemovalConfirmation")
class RecordRemovalConfirmationListener implements TaskListener {

  static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

  private final RemovalService removals;

  RecordRemovalConfirmationListener(RemovalService removals) {
    this.removals = removals;
  }

  @Override
  public void notify(DelegateTask task) {
    Upload screenshot = Upload.of(task.<FileValue>getVariableTyped(Vars.EVIDENCE));
    if (screenshot != null) {
      UploadCheck.check("The screenshot", screenshot, MAX_EVIDENCE_BYTES);
    }
    removals.answer(RemovalVariables.removalId(task), ActingUser.of(task), text(task, Vars.OUTCOME),
        text(task, Vars.EVIDENCE_URL), text(task, Vars.STATEMENT), screenshot == null ? null : screenshot.fileName(),
        text(task, Vars.EXPLANATION));
  }
}
