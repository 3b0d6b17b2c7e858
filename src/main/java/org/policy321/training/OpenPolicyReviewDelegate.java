package org.policy321.training;

import static org.policy321.training.PolicyAnnualReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_GatherYearInput: opens the review {@code PR-<id>} with the year's input (§VI.A), its number the business key. */
@Component("openPolicyReview")
class OpenPolicyReviewDelegate implements JavaDelegate {

  private final PolicyReviews reviews;
  private final PolicyRevisions revisions;

  OpenPolicyReviewDelegate(PolicyReviews reviews, PolicyRevisions revisions) {
    this.reviews = reviews;
    this.revisions = revisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PolicyReviews.Review review = reviews.open(execution.getProcessInstanceId());
    execution.setVariable(Vars.REVIEW_ID, review.id());
    execution.setVariable(Vars.REVIEW_NUMBER, review.number());
    execution.setVariable(Vars.REVIEW_YEAR, review.year());
    execution.setVariable(Vars.REVIEW_INPUT, review.input());
    execution.setVariable(Vars.CURRENT_REVISION, revisions.current().revisionDate().toString());
    execution.setProcessBusinessKey(review.number());
  }
}
