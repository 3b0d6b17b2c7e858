package org.policy321.platform.identity;

/**
 * Published when an employee leaves the department in the engine's identity store: their account was deleted
 * ({@code IdentityService.deleteUser}, Camunda Admin → Users) or they were taken out of the group
 * {@code employee} ({@code deleteMembership}). Published inside the identity command, so listeners act in
 * the same transaction: if they fail, the account stays as it was.
 *
 * @param how "deleted" or "removed from the group employee", for the sentence a designee reads
 */
public record StaffLeft(String userId, String how) {

  public static final String DELETED = "deleted";
  public static final String REMOVED_FROM_EMPLOYEES = "removed from the group " + Groups.EMPLOYEE;
}
