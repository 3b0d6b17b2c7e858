package org.policy321.removal;

import static org.policy321.removal.ApprovalReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_NoteUnansweredReview: the requester let the review lapse. Silence is not a decision: the Chief or a
 * designee decides next, and sees this as the reason (§III.R).
 */
@Component("noteUnansweredReview")
class NoteUnansweredReviewDelegate implements JavaDelegate {

  private final ReviewService reviews;

  NoteUnansweredReviewDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Vars.REVIEW_REASON, reviews.unansweredReason(FormValues.text(execution, Vars.APPROVAL_NUMBER)));
  }
}
