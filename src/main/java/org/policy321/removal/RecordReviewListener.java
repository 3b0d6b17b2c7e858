package org.policy321.removal;

import static org.policy321.removal.ApprovalReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmPosting, on completion: records the answer; an ended posting hands the approval to
 * the removal process with the requester's own words as the reason (§III.R).
 */
@Component("recordReview")
class RecordReviewListener implements TaskListener {

  private final ReviewService reviews;

  RecordReviewListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewEntry entry = reviews.record(FormValues.text(task, Vars.APPROVAL_NUMBER),
        FormValues.text(task, Vars.REQUESTER_ID), ActingUser.of(task),
        FormValues.flag(task, Vars.STILL_UP), FormValues.text(task, Vars.NOTE));
    task.setVariable(Vars.STILL_UP, entry.stillUp());
    if (!entry.stillUp()) {
      task.setVariable(Vars.REMOVAL_KIND, RemovalKind.REPORTED_BY_REQUESTER.name());
      task.setVariable(Vars.REMOVAL_REASON, "Reported in the periodic review: " + entry.note());
    }
  }
}
