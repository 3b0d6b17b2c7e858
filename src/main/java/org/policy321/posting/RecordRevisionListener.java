package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.Upload;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/**
 * Task_RevisePost, on completion: the poster's revision after a request for changes. The post is screened and
 * checked again; the decisions and the attestation of the version before are cleared from the case (the log keeps
 * them), so the next round starts empty.
 */
@Component("recordRevision")
class RecordRevisionListener implements TaskListener {

  private static final String[] PREVIOUS_ROUND = {Vars.POST_DECISION, Vars.NOTATION, Vars.WRITTEN_AUTHORIZATION,
      Vars.OVERSEER_DECISION, Vars.OVERSEER_NOTATION, Vars.PROHIBITED_ITEMS, Vars.ATTESTED_EACH_ITEM,
      Vars.CONFORMS_TO_GUIDELINES, Vars.ROUTE};

  private final OfficialPosts posts;

  RecordRevisionListener(OfficialPosts posts) {
    this.posts = posts;
  }

  @Override
  public void notify(DelegateTask task) {
    Upload newMedia = PostVariables.upload(task, Vars.NEW_MEDIA);
    boolean removeMedia = Boolean.TRUE.equals(FormValues.flag(task, Vars.REMOVE_MEDIA));
    posts.revise(PostVariables.postId(task), ActingUser.of(task), PostVariables.text(task, Vars.POST_TEXT), newMedia,
        removeMedia);
    if (removeMedia) {
      task.removeVariable(Vars.MEDIA);
    } else if (newMedia != null) {
      task.setVariable(Vars.MEDIA, task.<FileValue>getVariableTyped(Vars.NEW_MEDIA));
    }
    task.removeVariable(Vars.NEW_MEDIA);
    task.removeVariable(Vars.REMOVE_MEDIA);
    for (String name : PREVIOUS_ROUND) {
      task.removeVariable(name);
    }
  }
}
