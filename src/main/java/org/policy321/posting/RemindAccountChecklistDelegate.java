package org.policy321.posting;

import static org.policy321.posting.OfficialAccountReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_RemindOverseer: the account's checklist is still unconfirmed at its due date (§I.D, §VI.B); the task's priority
 * is raised and a reminder comment added (an e-mail when notifications are on). The task stays with its holder.
 */
@Component("remindAccountChecklist")
class RemindAccountChecklistDelegate implements JavaDelegate {

  private final AccountReviews reviews;

  RemindAccountChecklistDelegate(AccountReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.remind(FormValues.text(execution, Vars.REVIEW_NUMBER), execution.getProcessInstanceId());
  }
}
