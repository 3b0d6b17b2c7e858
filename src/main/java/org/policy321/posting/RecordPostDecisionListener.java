package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/**
 * Task_DecideOnPost, on completion: the Chief's or a designee's approval, request for changes or rejection, with
 * its notation and, for §IV content, the Chief's express written authorization (§I.B, §IV).
 */
@Component("recordPostDecision")
class RecordPostDecisionListener implements TaskListener {

  private final OfficialPosts posts;

  RecordPostDecisionListener(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void notify(DelegateTask task) {
    Object hrApproval = task.getVariable(Vars.HR_APPROVAL);
    String outcome = posts.decide(PostVariables.postId(task), ActingUser.of(task), task.getAssignee(),
        PostVariables.text(task, Vars.POST_DECISION), PostVariables.text(task, Vars.NOTATION),
        PostVariables.text(task, Vars.WRITTEN_AUTHORIZATION), Boolean.TRUE.equals(hrApproval));
    if (outcome != null) {
      task.setVariable(Vars.OUTCOME, outcome);
    }
  }
}
