package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/** Task_ReviewRequest, on completion: the supervisor forwards or declines the member's request (§I.B). */
@Component("recordSupervisorDecision")
class RecordSupervisorDecisionListener implements TaskListener {

  private final OfficialPosts posts;

  RecordSupervisorDecisionListener(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void notify(DelegateTask task) {
    String outcome = posts.recordSupervisorDecision(PostVariables.postId(task), ActingUser.of(task),
        PostVariables.text(task, Vars.SUPERVISOR_ID), PostVariables.text(task, Vars.SUPERVISOR_DECISION),
        PostVariables.text(task, Vars.SUPERVISOR_NOTE));
    if (outcome != null) {
      task.setVariable(Vars.OUTCOME, outcome);
    }
  }
}
