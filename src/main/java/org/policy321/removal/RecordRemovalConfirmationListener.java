package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;
import static org.policy321.platform.forms.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.forms.UploadCheck;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_RemovePosting, on completion: "removed" needs evidence (address plus screenshot or
 * statement), checked and recorded; "refused" goes to the supervisor (§III.R).
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
    String outcome = text(task, Vars.OUTCOME);
    if (RemovalOnDirection.Outcomes.REFUSED.equals(outcome)) {
      return;
    }
    if (!RemovalOnDirection.Outcomes.REMOVED.equals(outcome)) {
      throw new InvalidInputException("Say whether you removed the posting (removed) or will not remove it (refused).");
    }
    Upload screenshot = Upload.of(task.<FileValue>getVariableTyped(Vars.EVIDENCE));
    if (screenshot != null) {
      UploadCheck.check("The screenshot", screenshot, MAX_EVIDENCE_BYTES);
    }
    RemovalEvidence evidence = RemovalEvidence.of(text(task, Vars.EVIDENCE_URL), text(task, Vars.STATEMENT),
        screenshot == null ? null : screenshot.fileName());
    removals.confirm(RemovalVariables.removalId(task), ActingUser.of(task), evidence);
  }
}
