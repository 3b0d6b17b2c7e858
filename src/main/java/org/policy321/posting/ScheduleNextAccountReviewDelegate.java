package org.policy321.posting;

import static org.policy321.posting.OfficialAccountReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_ScheduleNextReview: this review is closed, and the account's next one scheduled a review interval from now — a
 * process of its own, with its own case number (§I.D, §VI.B).
 */
@Component("scheduleNextAccountReview")
class ScheduleNextAccountReviewDelegate implements JavaDelegate {

  private final AccountReviews reviews;

  ScheduleNextAccountReviewDelegate(AccountReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.closeAndScheduleNext(FormValues.text(execution, Vars.REVIEW_NUMBER));
  }
}
