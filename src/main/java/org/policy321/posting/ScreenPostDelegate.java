package org.policy321.posting;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/**
 * Task_ScreenPost: the automatic screen (§IV) of the post's text with the configured rules; the flags, each naming
 * its clause, are shown to the poster and the Chief and logged.
 */
@Component("screenPost")
class ScreenPostDelegate implements JavaDelegate {

  private final OfficialPosts posts;

  ScreenPostDelegate(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<PostScreen.Flag> flags = posts.screen(PostVariables.postId(execution));
    execution.setVariable(Vars.SCREEN_FLAGS, PostScreen.describe(flags));
    execution.setVariable(Vars.FLAG_COUNT, flags.size());
  }
}
