package org.policy321.removal;

import static org.policy321.removal.ApprovalReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NoteUnansweredReview: the requester let the review lapse; the removal starts from that (§III.R). */
@Component("noteUnansweredReview")
class NoteUnansweredReviewDelegate implements JavaDelegate {

  private final ReviewService reviews;

  NoteUnansweredReviewDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Vars.REMOVAL_KIND, RemovalKind.REVIEW_UNANSWERED.name());
    execution.setVariable(Vars.REMOVAL_REASON, "The periodic review of approval " + execution.getVariable(Vars.APPROVAL_NUMBER)
        + " was not answered within " + reviews.answerDeadline() + " (Policy 3.21 §III.R).");
  }
}
