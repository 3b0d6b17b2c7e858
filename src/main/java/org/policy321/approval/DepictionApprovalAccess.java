package org.policy321.approval;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_ASSIGN;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.policy321.platform.identity.AccessGrant.grant;

import java.util.List;
import org.policy321.platform.identity.AccessGrant;
import org.policy321.platform.identity.AccessPolicy;
import org.policy321.platform.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the depiction approval: every employee may send the memo (§III.E); the
 * Chief and designees see every request (§III.R). Requesters see their own case through the
 * per-instance grant made when it starts, and work their own tasks through the engine's
 * automatic task permissions; decisions reach only the chief and designee groups as candidates.
 * Auditors read the history.
 */
@Component
class DepictionApprovalAccess implements AccessPolicy {

  @Override
  public List<AccessGrant> grants() {
    String key = DepictionApproval.PROCESS_KEY;
    return List.of(
        grant(Groups.EMPLOYEE, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE),
        grant(Groups.EMPLOYEE, PROCESS_INSTANCE, ANY, CREATE),
        // The Chief takes over a decision a designee has claimed (Tasklist: reset or change the assignee).
        grant(Groups.CHIEF, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY, TASK_ASSIGN),
        grant(Groups.DESIGNEE, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.AUDITOR, PROCESS_DEFINITION, key, READ_HISTORY));
  }
}
