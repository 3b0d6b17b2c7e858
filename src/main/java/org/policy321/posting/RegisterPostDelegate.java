package org.policy321.posting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.identity.InstanceAccess;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterPost: checks and records the draft (§I.A, §I.B) in the requester's own transaction — a refused draft
 * starts nothing — numbers it OP-year-sequence (the business key, which Tasklist's start confirmation names), and
 * notes how the department runs posts at this moment (HR approval, a connector), so the post keeps its way.
 */
@Component("registerPost")
class RegisterPostDelegate implements JavaDelegate {

  private final OfficialPosts posts;
  private final OfficialPostProperties properties;
  private final InstanceAccess access;

  RegisterPostDelegate(OfficialPosts posts, OfficialPostProperties properties, InstanceAccess access) {
    this.posts = posts;
    this.properties = properties;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requesterId = PostVariables.text(execution, Vars.REQUESTER_ID);
    OfficialPosts.Draft draft = new OfficialPosts.Draft(PostVariables.text(execution, Vars.ACCOUNTS),
        PostVariables.text(execution, Vars.POST_TEXT), PostVariables.upload(execution, Vars.MEDIA),
        execution.getVariable(Vars.INTENDED_AT), PostVariables.text(execution, Vars.CATEGORY),
        FormValues.flag(execution, Vars.URGENT));
    PostRecord post = posts.register(execution.getProcessInstanceId(), requesterId, draft);
    access.grantRead(requesterId, execution.getProcessInstanceId());
    execution.setProcessBusinessKey(post.postNumber());
    execution.setVariable(Vars.POST_ID, post.id());
    execution.setVariable(Vars.POST_NUMBER, post.postNumber());
    execution.setVariable(Vars.ACCOUNT_LABELS, posts.labels(post));
    execution.setVariable(Vars.CATEGORY_LABEL, PostCategory.of(post.category()).label);
    execution.setVariable(Vars.URGENT, post.urgent());
    execution.setVariable(Vars.FILED_BY_POSTER, post.filedByPoster());
    execution.setVariable(Vars.POSTER_ID, post.posterId());
    execution.setVariable(Vars.SUPERVISOR_ID, post.filedByPoster() ? null : posts.supervisorOf(requesterId).orElse(null));
    execution.setVariable(Vars.HR_APPROVAL, properties.hrApproval());
    execution.setVariable(Vars.PUBLICATION_BY_CONNECTOR, properties.publicationConnector());
  }
}
