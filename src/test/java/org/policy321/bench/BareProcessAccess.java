package org.policy321.bench;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.policy321.platform.identity.AccessGrant.grant;

import java.util.List;
import org.policy321.platform.identity.AccessGrant;
import org.policy321.platform.identity.AccessPolicy;
import org.policy321.platform.identity.Groups;

/**
 * The bare process gets the same standing grants as the depiction approval
 * ({@code DepictionApprovalAccess}), so both start and work their tasks under the same checks.
 */
public final class BareProcessAccess implements AccessPolicy {

  @Override
  public List<AccessGrant> grants() {
    String key = BareProcessDriver.PROCESS_KEY;
    return List.of(
        grant(Groups.EMPLOYEE, PROCESS_DEFINITION, key, READ, CREATE_INSTANCE),
        grant(Groups.EMPLOYEE, PROCESS_INSTANCE, "*", CREATE),
        grant(Groups.CHIEF, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY),
        grant(Groups.DESIGNEE, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY));
  }
}
