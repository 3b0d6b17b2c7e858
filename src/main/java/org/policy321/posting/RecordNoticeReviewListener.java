package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/** Task_ReviewPublishedNotice, on completion: the Chief's or a designee's review after an urgent notice went out. */
@Component("recordNoticeReview")
class RecordNoticeReviewListener implements TaskListener {

  private final OfficialPosts posts;

  RecordNoticeReviewListener(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void notify(DelegateTask task) {
    posts.review(PostVariables.postId(task), ActingUser.of(task), task.getAssignee(),
        PostVariables.text(task, Vars.REVIEW_OUTCOME), PostVariables.text(task, Vars.REVIEW_NOTATION));
  }
}
