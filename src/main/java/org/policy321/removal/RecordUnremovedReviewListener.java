package org.policy321.removal;

import static org.policy321.platform.forms.FormValues.text;
import static org.policy321.removal.RemovalOnDirection.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewUnremovedPosting, on completion: the supervisor's note (§V.A), recorded by
 * {@link RemovalService#review}; never by the requester (§III.R).
 */
@Component("recordUnremovedReview")
class RecordUnremovedReviewListener implements TaskListener {

  private final RemovalService removals;

  RecordUnremovedReviewListener(RemovalService removals) {
    this.removals = removals;
  }

  @Override
  public void notify(DelegateTask task) {
    removals.review(RemovalVariables.removalId(task), ActingUser.of(task), text(task, Vars.SUPERVISOR_NOTE));
  }
}
