package org.policy321.removal;

import static org.policy321.removal.ApprovalReview.Vars;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_NotePostingPeriodEnded: the removal starts with the reason "posting period ended" (§III.R). */
@Component("notePostingPeriodEnded")
class NotePostingPeriodEndedDelegate implements JavaDelegate {

  private final ReviewService reviews;

  NotePostingPeriodEndedDelegate(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Vars.REMOVAL_KIND, RemovalKind.POSTING_PERIOD_ENDED.name());
    execution.setVariable(Vars.REMOVAL_REASON, reviews.postingPeriodEndedReason(
        FormValues.text(execution, Vars.APPROVAL_NUMBER), (Date) execution.getVariable(Vars.POSTING_ENDS_AT)));
  }
}
