package org.policy321.removal;

import static org.policy321.removal.ApprovalReview.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_DecideOnApproval, on completion: records the Chief's or designee's decision; a directed removal goes
 * to the removal process as DIRECTED, by that person, with their reason (§III.R).
 */
@Component("recordApprovalDecision")
class RecordApprovalDecisionListener implements TaskListener {

  private final ReviewService reviews;

  RecordApprovalDecisionListener(ReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewEntry entry = reviews.decide(FormValues.text(task, Vars.APPROVAL_NUMBER), FormValues.text(task, Vars.REQUESTER_ID),
        ActingUser.of(task), FormValues.text(task, Vars.DECISION), FormValues.text(task, Vars.DECISION_NOTE));
    task.setVariable(Vars.DECISION, entry.decision());
    if (ApprovalReview.Decisions.DIRECT_REMOVAL.equals(entry.decision())) {
      task.setVariable(Vars.REMOVAL_KIND, RemovalKind.DIRECTED.name());
      task.setVariable(Vars.REMOVAL_REASON, entry.note());
      task.setVariable(Vars.REMOVAL_DIRECTED_BY, entry.reviewedBy());
    }
  }
}
