package org.policy321.platform.identity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a user is in the department (name, rank, unit) and who supervises them, as the department records
 * it. Documents take names from here and never from Camunda's user record, which each user may change
 * for themselves (Tasklist's profile page, {@code PUT /engine-rest/user/{id}/profile}).
 */
@Service
public class Roster {

  private final RosterRepository entries;
  private final IdentityService identityService;

  Roster(RosterRepository entries, IdentityService identityService) {
    this.entries = entries;
    this.identityService = identityService;
  }

  /** The member behind a user id; someone not on the roster (or entered without a name) is named by their id. */
  public StaffMember member(String userId) {
    return entries.findById(userId).map(Roster::member).orElseGet(() -> StaffMember.unlisted(userId));
  }

  /** The person behind a user id as people read it: "Deputy Chief Daniel Okafor"; null for nobody. */
  public String nameOf(String userId) {
    return userId == null ? null : member(userId).rankAndName();
  }

  /** {@link #nameOf} of several people with one query, for lists (a page of a register names many). */
  public Map<String, String> namesOf(Collection<String> userIds) {
    Set<String> wanted = userIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    Map<String, String> names = new HashMap<>();
    if (!wanted.isEmpty()) {
      entries.findAllById(wanted).forEach(entry -> names.put(entry.userId(), member(entry).rankAndName()));
    }
    wanted.forEach(id -> names.computeIfAbsent(id, unlisted -> StaffMember.unlisted(unlisted).rankAndName()));
    return names;
  }

  private static StaffMember member(RosterEntry entry) {
    String userId = entry.userId();
    return entry.firstName() == null && entry.lastName() == null
        ? new StaffMember(userId, userId, "", entry.rank(), entry.unit())
        : new StaffMember(userId, nullToEmpty(entry.firstName()), nullToEmpty(entry.lastName()), entry.rank(), entry.unit());
  }

  /** The user id of the one member with this first and last name (case ignored), if exactly one has it. */
  public Optional<String> userIdByName(String firstName, String lastName) {
    List<RosterEntry> found = entries.findByName(firstName, lastName);
    return found.size() == 1 ? Optional.of(found.get(0).userId()) : Optional.empty();
  }

  /** Whether the user belongs to any of the groups, whatever the caller may list. */
  public boolean belongsTo(String userId, String... groupIds) {
    return userId != null
        && identityService.createGroupQuery().groupMember(userId).groupIdIn(groupIds).count() > 0;
  }

  public Optional<String> supervisorOf(String userId) {
    return entries.findById(userId).map(RosterEntry::supervisorId);
  }

  /** When HR recorded the member as hired (§VI.A: a new hire is trained); empty for members entered without one. */
  public Optional<LocalDate> hireDate(String userId) {
    return entries.findById(userId).map(RosterEntry::hireDate);
  }

  /** When the member leaves or left the department, as HR recorded it. */
  public Optional<LocalDate> leavingDate(String userId) {
    return entries.findById(userId).map(RosterEntry::leavingDate);
  }

  /** Records (or replaces) the name, rank, unit and supervisor of one account. */
  @Transactional
  public void enlist(String userId, String firstName, String lastName, String rank, String unit, String supervisorId) {
    entries.deleteByUserId(userId);
    entries.insert(userId, firstName, lastName, rank, unit, supervisorId);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
