package org.policy321.platform.identity;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who a user is in the department (rank, unit) and who supervises them. */
@Service
public class Roster {

  private final RosterRepository entries;
  private final IdentityService identityService;

  Roster(RosterRepository entries, IdentityService identityService) {
    this.entries = entries;
    this.identityService = identityService;
  }

  /**
   * The member behind a user id; names come from the engine's identity store. Reads the user
   * without authorization checks because documents name people the caller may not list.
   */
  public StaffMember member(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String first = user == null ? userId : user.getFirstName();
    String last = user == null ? "" : user.getLastName();
    return entries
        .findById(userId)
        .map(entry -> new StaffMember(userId, first, last, entry.rank(), entry.unit()))
        .orElseGet(() -> StaffMember.unlisted(userId, first, last));
  }

  /** Whether the user belongs to any of the groups, whatever the caller may list. */
  public boolean belongsTo(String userId, String... groupIds) {
    return userId != null
        && identityService.createGroupQuery().groupMember(userId).groupIdIn(groupIds).count() > 0;
  }

  public Optional<String> supervisorOf(String userId) {
    return entries.findById(userId).map(RosterEntry::supervisorId);
  }

  /** Records (or replaces) the rank, unit and supervisor of one account. */
  @Transactional
  public void enlist(String userId, String rank, String unit, String supervisorId) {
    entries.deleteByUserId(userId);
    entries.insert(userId, rank, unit, supervisorId);
  }
}
