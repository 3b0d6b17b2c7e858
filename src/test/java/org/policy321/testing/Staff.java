package org.policy321.testing;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Acts as a signed-in member of staff for one call, with their groups, as Tasklist and the REST
 * API do, so the engine's authorization checks apply; then signs out again.
 */
public final class Staff {

  private final IdentityService identityService;

  public Staff(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T as(String userId, Supplier<T> action) {
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    identityService.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  public void as(String userId, Runnable action) {
    as(userId, () -> {
      action.run();
      return null;
    });
  }
}
