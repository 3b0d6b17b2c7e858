package org.policy321.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

/**
 * Per-case access: a requester sees their own process instance (and its variables), nobody
 * else's. Standing group rights are in the {@link AccessPolicy} beans; these grants are made as
 * each case starts.
 */
@Service
public class InstanceAccess {

  private final AuthorizationService authorizationService;

  InstanceAccess(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  /**
   * Lets the user read one process instance. Called from inside the engine's transaction, where
   * the acting user (an employee) may not create authorizations: the check is lifted for this
   * one write only.
   */
  public void grantRead(String userId, String processInstanceId) {
    SystemAuthority.call(() -> {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setUserId(userId);
      authorization.setResource(Resources.PROCESS_INSTANCE);
      authorization.setResourceId(processInstanceId);
      authorization.addPermission(Permissions.READ);
      return authorizationService.saveAuthorization(authorization);
    });
  }
}
