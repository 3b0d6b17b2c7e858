package org.policy321.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Acts as a signed-in member of staff, as Tasklist and the REST API do, so the engine's
 * authorization checks apply to both processes alike. Unlike {@code testing.Staff} it looks each
 * user's groups up once: the group query is the driver's cost, not the process's.
 */
public final class Actors {

  private final IdentityService identityService;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

  public Actors(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T as(String userId, Supplier<T> action) {
    List<String> memberOf = groups.computeIfAbsent(userId, id ->
        identityService.createGroupQuery().groupMember(id).list().stream().map(Group::getId).toList());
    identityService.setAuthentication(userId, memberOf);
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
