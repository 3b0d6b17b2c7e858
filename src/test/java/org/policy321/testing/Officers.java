package org.policy321.testing;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.policy321.platform.identity.Roster;

/**
 * New officers for one test: an account in the {@code employee} group and a roster entry, so that a
 * test's cases are the only ones about them (test classes share a Spring context and its database).
 */
public final class Officers {

  private Officers() {}

  /** @param supervisorId their supervisor on the roster, or null for none */
  public static String enlist(ProcessEngine engine, Roster roster, String firstName, String lastName,
      String supervisorId) {
    IdentityService identity = engine.getIdentityService();
    String id = "officer" + UUID.randomUUID().toString().substring(0, 8);
    var user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    identity.saveUser(user);
    identity.createMembership(id, "employee");
    roster.enlist(id, firstName, lastName, "Officer", "Patrol Division", supervisorId);
    return id;
  }
}
