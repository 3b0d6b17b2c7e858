package org.policy321.platform.forms;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the signed-in user (Tasklist, REST), else the assignee. */
public final class ActingUser {

  private ActingUser() {}

  public static String of(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    throw new InvalidInputException("This task can only be completed by a signed-in user.");
  }
}
