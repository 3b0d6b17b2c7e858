package org.policy321.platform.identity;

/** A member of the department as documents name them: "Officer Jordan Reyes, Patrol Division". */
public record StaffMember(String userId, String firstName, String lastName, String rank, String unit) {

  public String fullName() {
    return (firstName + " " + lastName).trim();
  }

  /** Rank and name, as a sentence names a person: "Deputy Chief Daniel Okafor" (issue 17: never a user id). */
  public String rankAndName() {
    return (rank + " " + fullName()).strip();
  }

  /** Rank, name and unit, as on the "From:" line of a memorandum. */
  public String signature() {
    return rank + " " + fullName() + ", " + unit;
  }

  /** For accounts that exist in the engine but not (yet) in the roster: named by their user id. */
  static StaffMember unlisted(String userId) {
    return new StaffMember(userId, userId, "", "Staff", "Unit not on roster");
  }
}
