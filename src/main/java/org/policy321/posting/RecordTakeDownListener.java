package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/** Task_TakeDownPost, on completion: the poster took the notice down as the review directed (§VI.B log). */
@Component("recordTakeDown")
class RecordTakeDownListener implements TaskListener {

  private final OfficialPosts posts;

  RecordTakeDownListener(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void notify(DelegateTask task) {
    posts.takeDownAsDirected(PostVariables.postId(task), ActingUser.of(task),
        "Directed by the review: " + PostVariables.text(task, Vars.REVIEW_NOTATION),
        PostVariables.text(task, Vars.TAKE_DOWN_NOTE));
  }
}
