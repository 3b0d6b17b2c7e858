package org.policy321.platform.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Refuses to run in production while any account can still be opened with the demo password. */
class DemoPasswordGuard {

  private final IdentityService identityService;

  DemoPasswordGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  void check() {
    List<String> exposed = identityService.createUserQuery().list().stream()
        .map(User::getId)
        .filter(id -> identityService.checkPassword(id, IdentityProperties.DEMO_PASSWORD))
        .toList();
    if (!exposed.isEmpty()) {
      throw new IllegalStateException("Refusing to start: the account(s) " + exposed
          + " still have the demo password \"demo\". Change them (Camunda Admin or the identity REST API)"
          + " or run without the 'prod' profile.");
    }
  }
}
