package org.policy321.platform.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who calls {@code /api}: the user its authentication filter signed in to the engine for this request (the webapps'
 * session or HTTP basic, platform/config/RestApiSecurityConfiguration). The filter answers 401 to anonymous calls
 * before any controller runs, so a controller without a caller is a wiring fault, not a user's mistake.
 */
@Component
public class ApiCaller {

  private final IdentityService identityService;

  ApiCaller(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String userId() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new IllegalStateException("No signed-in user behind /api");
    }
    return authentication.getUserId();
  }
}
