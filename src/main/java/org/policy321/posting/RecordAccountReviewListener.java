package org.policy321.posting;

import static org.policy321.posting.OfficialAccountReview.Vars;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmAccountChecklist, on completion: records what the overseer found, item by item (§I.D). An unanswered
 * item, or an item that no longer holds without notes, refuses the completion; the task stays open.
 */
@Component("recordAccountReview")
class RecordAccountReviewListener implements TaskListener {

  private final AccountReviews reviews;
  private final Roster roster;

  RecordAccountReviewListener(AccountReviews reviews, Roster roster) {
    this.reviews = reviews;
    this.roster = roster;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = ActingUser.of(task);
    List<String> failing = reviews.record(FormValues.text(task, Vars.REVIEW_NUMBER), task.getAssignee(), actor,
        FormValues.flag(task, Vars.STATES_MAINTAINED), FormValues.flag(task, Vars.SHOWS_PHONE),
        FormValues.flag(task, Vars.SHOWS_ADDRESS), FormValues.text(task, Vars.REVIEW_NOTES));
    task.setVariable(Vars.STATES_MAINTAINED, FormValues.flag(task, Vars.STATES_MAINTAINED));
    task.setVariable(Vars.SHOWS_PHONE, FormValues.flag(task, Vars.SHOWS_PHONE));
    task.setVariable(Vars.SHOWS_ADDRESS, FormValues.flag(task, Vars.SHOWS_ADDRESS));
    task.setVariable(Vars.CHECKLIST_HOLDS, failing.isEmpty());
    task.setVariable(Vars.FAILING_ITEMS, failing.isEmpty() ? null : String.join(" and ", failing));
    task.setVariable(Vars.REVIEWED_BY_NAME, roster.nameOf(actor));
  }
}
