package org.policy321.removal;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.policy321.platform.identity.AccessGrant.grant;

import java.util.List;
import org.policy321.platform.identity.AccessGrant;
import org.policy321.platform.identity.AccessPolicy;
import org.policy321.platform.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Every employee may start a removal, because a requester reports the end of their own posting
 * (§III.R); who may direct it is checked when the case opens. The Chief and designees see every
 * removal and every periodic review (which nobody starts by hand: the application starts one per
 * active approval); requesters get a grant on their own case; supervisors work only the task routed
 * to them. Auditors read the history of both.
 */
@Component
class RemovalAccess implements AccessPolicy {

  @Override
  public List<AccessGrant> grants() {
    String key = RemovalOnDirection.PROCESS_KEY;
    return List.of(
        grant(Groups.EMPLOYEE, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE),
        // READ only: requesters see the review's name on their task, and cannot start one.
        grant(Groups.EMPLOYEE, PROCESS_DEFINITION, ApprovalReview.PROCESS_KEY, READ),
        // The Chief takes over a decision a designee has claimed (Tasklist: reset or change the assignee).
        grant(Groups.CHIEF, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY, TASK_ASSIGN),
        grant(Groups.DESIGNEE, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.CHIEF, PROCESS_DEFINITION, ApprovalReview.PROCESS_KEY, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.DESIGNEE, PROCESS_DEFINITION, ApprovalReview.PROCESS_KEY, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.AUDITOR, PROCESS_DEFINITION, key, READ_HISTORY),
        grant(Groups.AUDITOR, PROCESS_DEFINITION, ApprovalReview.PROCESS_KEY, READ_HISTORY));
  }
}
