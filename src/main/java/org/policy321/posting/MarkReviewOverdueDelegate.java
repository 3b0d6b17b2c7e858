package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.stereotype.Component;

/**
 * Task_MarkReviewOverdue: an urgent notice went out and its review is overdue (§I.B): the review task is raised and
 * commented, the log marks it overdue; the review stays open.
 */
@Component("markReviewOverdue")
class MarkReviewOverdueDelegate implements JavaDelegate {

  private final OfficialPosts posts;
  private final TaskReminder reminder;
  private final PostingDeadlines deadlines;

  MarkReviewOverdueDelegate(OfficialPosts posts, TaskReminder reminder, PostingDeadlines deadlines) {
    this.posts = posts;
    this.reminder = reminder;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    posts.reviewOverdue(PostVariables.postId(execution));
    reminder.remind(execution.getProcessInstanceId(), OfficialPost.Elements.REVIEW_PUBLISHED_NOTICE,
        "Overdue: this notice went out at once and was to be reviewed within " + deadlines.getReview()
            + ". Please review it now: confirm it, or direct that it be taken down (Policy 3.21 §I.B).");
  }
}
