package org.policy321.approval;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.policy321.platform.forms.InvalidInputException;

/** Who completes a task: the signed-in user (Tasklist, REST), else the assignee. */
final class ActingUser {

  private ActingUser() {}

  static String of(DelegateTask task) {
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
