package org.policy321.posting;

import static org.policy321.posting.OfficialAccountReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_OpenAccountReview: the yearly review is due (§I.D, §VI.B). Names the account as it is now and who confirms its
 * checklist: its overseer, or — when they have left the department — nobody in person (the keepers' groups are offered
 * the task).
 */
@Component("openAccountReview")
class OpenAccountReviewDelegate implements JavaDelegate {

  private final AccountReviews reviews;

  OpenAccountReviewDelegate(AccountReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AccountReviews.Opened opened = reviews.open(FormValues.text(execution, Vars.REVIEW_NUMBER));
    execution.setVariable(Vars.ACCOUNT_LABEL, opened.accountLabel());
    execution.setVariable(Vars.ACCOUNT_URL, opened.accountUrl());
    execution.setVariable(Vars.REVIEWER_ID, opened.reviewerId());
    execution.setVariable(Vars.OVERSEER_NAME, opened.overseerName());
    execution.setVariable(Vars.CHECKLIST_DUE_AT, opened.checklistDueAt());
  }
}
