package org.policy321.training;

import static org.policy321.training.PolicyAnnualReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_ReviewPolicy, on completion: records the outcome; a revision enters the register of revisions (§VI.A). */
@Component("recordPolicyReview")
class RecordPolicyReviewListener implements TaskListener {

  private final PolicyReviews reviews;

  RecordPolicyReviewListener(PolicyReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ((Number) task.getVariable(Vars.REVIEW_ID)).longValue();
    reviews.decide(id, ActingUser.of(task), FormValues.text(task, Vars.OUTCOME), FormValues.text(task, Vars.REVISION_DATE),
        FormValues.text(task, Vars.REVISION_SUMMARY), FormValues.text(task, Vars.NOTE))
        .ifPresent(revision -> task.setVariable(Vars.REVISION_ID, revision.id()));
  }
}
