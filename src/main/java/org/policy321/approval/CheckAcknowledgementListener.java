package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.stereotype.Component;

/** Task_AcknowledgeApprovalCopy, on completion: the requester must confirm they keep the copy (§III.R). */
@Component("checkAcknowledgement")
class CheckAcknowledgementListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(FormValues.flag(task, Vars.ACKNOWLEDGED))) {
      throw new InvalidInputException("Confirm that you have downloaded the approval copy and will retain it "
          + "for the duration of the posting (§III.R).");
    }
  }
}
