package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/**
 * Task_PublishPost, on completion: the poster who records the publication is a current authorized poster for the
 * post's accounts (§I.A), and the time and address are there and make sense; Record publication then logs them.
 */
@Component("checkPublication")
class CheckPublicationListener implements TaskListener {

  private final OfficialPosts posts;

  CheckPublicationListener(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void notify(DelegateTask task) {
    String publisher = ActingUser.of(task);
    posts.requirePublisher(PostVariables.postId(task), publisher);
    posts.publication(task.getVariable(Vars.PUBLISHED_AT), PostVariables.text(task, Vars.POST_URL));
    task.setVariable(Vars.PUBLISHED_BY, publisher);
  }
}
