package org.policy321.posting;

import static org.policy321.posting.OfficialAccountReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_RestoreAccountChecklist, on completion: the Chief, a designee or HR records whether the page meets §I.D again
 * and what was done (§I.D, §VI.B). A restored page is recorded as confirmed by them.
 */
@Component("recordChecklistRestoration")
class RecordChecklistRestorationListener implements TaskListener {

  private final AccountReviews reviews;

  RecordChecklistRestorationListener(AccountReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    reviews.resolve(FormValues.text(task, Vars.REVIEW_NUMBER), ActingUser.of(task), FormValues.flag(task, Vars.RESTORED),
        FormValues.text(task, Vars.RESTORATION_NOTE));
    task.setVariable(Vars.RESTORED, FormValues.flag(task, Vars.RESTORED));
  }
}
