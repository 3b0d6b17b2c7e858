package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/**
 * Task_CheckPost, on completion: the authorized poster's attestation of each §IV item and of the guidelines (§I.B);
 * sets who the poster is and where the post goes.
 */
@Component("recordAttestation")
class RecordAttestationListener implements TaskListener {

  private final OfficialPosts posts;

  RecordAttestationListener(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void notify(DelegateTask task) {
    OfficialPosts.Attestation attestation = posts.attest(PostVariables.postId(task), ActingUser.of(task),
        PostVariables.text(task, Vars.PROHIBITED_ITEMS), FormValues.flag(task, Vars.ATTESTED_EACH_ITEM),
        FormValues.flag(task, Vars.CONFORMS_TO_GUIDELINES), PostVariables.flagCount(task),
        Boolean.TRUE.equals(task.getVariable(Vars.HR_APPROVAL)));
    task.setVariable(Vars.POSTER_ID, attestation.posterId());
    task.setVariable(Vars.PROHIBITED_ITEMS, attestation.items());
    task.setVariable(Vars.ROUTE, attestation.route());
  }
}
