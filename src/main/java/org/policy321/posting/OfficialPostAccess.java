package org.policy321.posting;

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
 * Who may do what in {@code official-post}: every employee drafts a post (an authorized poster files it, anyone else
 * requests it through the chain of command, §I.B) and reads their own through the grant made when it is filed; the
 * Chief and designees read every post (they approve them); authorized posters read every post (they keep the records
 * of posts and approvals, §II.C); HR, who keeps the posting log (§VI.B), and auditors read the history. Everyone else
 * reaches only the tasks offered to them (a supervisor's request, an overseer's approval) through the engine's task
 * permissions. Decisions are offered only to the chief and designee groups.
 */
@Component
class OfficialPostAccess implements AccessPolicy {

  private final OfficialPostProperties properties;

  OfficialPostAccess(OfficialPostProperties properties) {
    this.properties = properties;
  }

  @Override
  public List<AccessGrant> grants() {
    String key = OfficialPost.PROCESS_KEY;
    return List.of(
        grant(Groups.EMPLOYEE, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE),
        grant(Groups.EMPLOYEE, PROCESS_INSTANCE, ANY, CREATE),
        // The Chief takes over a decision a designee has claimed (Tasklist: reset or change the assignee).
        grant(Groups.CHIEF, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY, TASK_ASSIGN),
        grant(Groups.DESIGNEE, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.SOCIAL_MEDIA, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.HR, PROCESS_DEFINITION, key, READ, READ_HISTORY),
        grant(Groups.AUDITOR, PROCESS_DEFINITION, key, READ_HISTORY));
  }

  @Override
  public List<String> groups() {
    return List.of(properties.requestFallbackGroup());
  }
}
