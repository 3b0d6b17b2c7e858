package org.policy321.platform.notifications;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.policy321.platform.identity.SystemAuthority;

/**
 * Who is told about a task, as e-mail addresses from the engine's identity store: its assignee, or,
 * while nobody has it, its candidate users and every member of its candidate groups. Users without
 * an address are left out. Read on the application's authority: the acting user (or a job, with
 * nobody signed in) need not be allowed to list the people a task is offered to.
 */
final class Recipients {

  private final IdentityService identityService;

  Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  Set<String> assignee(String userId) {
    return SystemAuthority.call(() -> {
      Set<String> addresses = new LinkedHashSet<>();
      addAddress(identityService.createUserQuery().userId(userId).singleResult(), addresses);
      return addresses;
    });
  }

  /** @param links the task's identity links; only the candidate links count */
  Set<String> candidates(Collection<? extends IdentityLink> links) {
    return SystemAuthority.call(() -> {
      Set<String> addresses = new LinkedHashSet<>();
      for (IdentityLink link : links) {
        if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
          continue;
        }
        if (link.getUserId() != null) {
          addAddress(identityService.createUserQuery().userId(link.getUserId()).singleResult(), addresses);
        }
        if (link.getGroupId() != null) {
          identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()
              .forEach(member -> addAddress(member, addresses));
        }
      }
      return addresses;
    });
  }

  private static void addAddress(User user, Set<String> addresses) {
    if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
      addresses.add(user.getEmail().strip());
    }
  }
}
