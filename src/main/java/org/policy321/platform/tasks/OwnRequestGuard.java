package org.policy321.platform.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Nobody decides on, verifies or reviews their own request (§III.D, §III.R: the express consent of
 * the Chief): on a task offered to the Chief and designees, the requester of the case cannot take it.
 * The steps' own checks refuse a completion by the requester as well, since a candidate may complete
 * without claiming. Bound to the task's {@code assignment} event as {@code ${ownRequestGuard}}.
 */
@Component("ownRequestGuard")
public class OwnRequestGuard implements TaskListener {

  /** The variable every process with such a task keeps its requester in (set by the process, never a client). */
  public static final String REQUESTER_ID = "requesterId";

  public static final String REFUSAL = "This is your own request: you cannot act on it. The Chief of Police or "
      + "another designee does (§III.R). Nothing was changed.";

  @Override
  public void notify(DelegateTask task) {
    refuseRequester(task.getAssignee(), (String) task.getVariable(REQUESTER_ID));
  }

  /** Refuses {@code actor} when they are the requester. */
  public static void refuseRequester(String actor, String requesterId) {
    if (actor != null && actor.equals(requesterId)) {
      throw new InvalidInputException(REFUSAL);
    }
  }
}
