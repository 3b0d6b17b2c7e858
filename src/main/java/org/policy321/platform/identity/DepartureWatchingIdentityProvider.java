package org.policy321.platform.identity;

import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;

/**
 * The engine's own database identity provider, telling {@link StaffLeft} when it deletes an account or takes a
 * user out of the group {@code employee}, and {@link StaffJoined} when it puts one in: Camunda 7 has no identity
 * events of its own. Only deletions that
 * happened count (an unknown user or a membership that did not exist is no departure).
 */
class DepartureWatchingIdentityProvider extends DbIdentityServiceProvider {

  private final Consumer<Object> events;

  DepartureWatchingIdentityProvider(Consumer<Object> events) {
    this.events = events;
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    IdentityOperationResult result = super.createMembership(userId, groupId);
    if (Groups.EMPLOYEE.equals(groupId)) {
      events.accept(new StaffJoined(userId));
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    IdentityOperationResult result = super.deleteUser(userId);
    if (IdentityOperationResult.OPERATION_DELETE.equals(result.getOperation())) {
      events.accept(new StaffLeft(userId, StaffLeft.DELETED));
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    IdentityOperationResult result = super.deleteMembership(userId, groupId);
    if (Groups.EMPLOYEE.equals(groupId) && IdentityOperationResult.OPERATION_DELETE.equals(result.getOperation())) {
      events.accept(new StaffLeft(userId, StaffLeft.REMOVED_FROM_EMPLOYEES));
    }
    return result;
  }
}
