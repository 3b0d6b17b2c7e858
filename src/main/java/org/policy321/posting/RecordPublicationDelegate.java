package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/**
 * Task_RecordPublication: the publication goes into the posting log (§II.C, §VI.B) — time, address, who published
 * (the poster, or the connector), and for an urgent notice that it went out before the review. After the poster's
 * task or the connector's completion of {@code publish-post}: a connector's time or address that make no sense
 * refuses its completion.
 */
@Component("recordPublication")
class RecordPublicationDelegate implements JavaDelegate {

  private final OfficialPosts posts;

  RecordPublicationDelegate(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OfficialPosts.Publication publication = posts.publication(execution.getVariable(Vars.PUBLISHED_AT),
        PostVariables.text(execution, Vars.POST_URL));
    // Set by the poster's task only: a publication without it is the connector's.
    posts.recordPublication(PostVariables.postId(execution), PostVariables.text(execution, Vars.PUBLISHED_BY),
        publication, PostVariables.text(execution, Vars.ROUTE));
  }
}
