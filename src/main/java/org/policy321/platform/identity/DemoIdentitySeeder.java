package org.policy321.platform.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Seeds the demo accounts (password "demo"), their group memberships and roster entries (names too:
 * documents take names from the roster).
 * Only in the demo configuration; existing accounts are left as they are, so a changed password
 * survives a restart.
 */
class DemoIdentitySeeder {

  private final IdentityService identityService;
  private final Roster roster;

  DemoIdentitySeeder(IdentityService identityService, Roster roster) {
    this.identityService = identityService;
    this.roster = roster;
  }

  void seed(IdentityProperties properties) {
    for (IdentityProperties.DemoUser demo : properties.demoUsers()) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@department.example");
        user.setPassword(IdentityProperties.DEMO_PASSWORD);
        identityService.saveUser(user);
      }
      for (String groupId : demo.groups()) {
        boolean member = identityService.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() > 0;
        if (!member) {
          identityService.createMembership(demo.id(), groupId);
        }
      }
      roster.enlist(demo.id(), demo.firstName(), demo.lastName(), demo.rank(), demo.unit(), demo.supervisor());
    }
  }
}
