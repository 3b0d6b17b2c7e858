package org.policy321.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static org.policy321.platform.identity.AccessGrant.grant;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Access that is not tied to one process: staff use Tasklist and see who is who; auditors use
 * Cockpit to read history, and nothing else. {@code camunda-admin} gets every permission from the
 * starter's admin-user set-up, which includes deploying diagrams from Camunda Modeler.
 *
 * <p>Auditors see every process definition, but read history per process: each feature's policy grants
 * them READ_HISTORY on its processes, and no feature on the named reporter's tasks of a violation case
 * (§V.C, see ViolationAccess). READ_HISTORY on "any" process, which earlier versions granted, is withdrawn.
 */
@Component
class PlatformAccessPolicy implements AccessPolicy {

  @Override
  public List<AccessGrant> grants() {
    return List.of(
        grant(Groups.EMPLOYEE, APPLICATION, "tasklist", ACCESS),
        grant(Groups.EMPLOYEE, USER, ANY, READ),
        grant(Groups.EMPLOYEE, GROUP, ANY, READ),
        grant(Groups.AUDITOR, APPLICATION, "cockpit", ACCESS),
        grant(Groups.AUDITOR, PROCESS_DEFINITION, ANY, READ),
        grant(Groups.AUDITOR, DECISION_DEFINITION, ANY, READ, READ_HISTORY));
  }

  @Override
  public List<AccessGrant> withdrawn() {
    // FILTER "any": each Tasklist filter is now granted to its own groups (platform/tasklist, issue 17), so that
    // a role sees exactly its filters; Camunda's "All tasks" of earlier versions stays for administrators only.
    return List.of(grant(Groups.AUDITOR, PROCESS_DEFINITION, ANY, READ_HISTORY), grant(Groups.EMPLOYEE, FILTER, ANY, READ));
  }
}
