package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/** Task_ApproveAsOverseer, on completion: HR's or the accounts' overseer's decision (§II.C, §VI.B). */
@Component("recordOverseerDecision")
class RecordOverseerDecisionListener implements TaskListener {

  private final OfficialPosts posts;

  RecordOverseerDecisionListener(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void notify(DelegateTask task) {
    String outcome = posts.decideAsOverseer(PostVariables.postId(task), ActingUser.of(task), task.getAssignee(),
        PostVariables.text(task, Vars.OVERSEER_DECISION), PostVariables.text(task, Vars.OVERSEER_NOTATION));
    if (outcome != null) {
      task.setVariable(Vars.OUTCOME, outcome);
    }
  }
}
