package org.policy321.platform.identity;

import java.util.List;

/** What one feature lets each role do; every feature that has a process contributes one bean. */
public interface AccessPolicy {

  List<AccessGrant> grants();

  /** Groups the feature needs beyond the roles of {@link Groups} (a configured one); created at start-up. */
  default List<String> groups() {
    return List.of();
  }

  /**
   * Permissions an earlier version granted and this one no longer does: taken out of the group's standing
   * authorization at start-up (databases set up before keep them otherwise, since grants only add).
   */
  default List<AccessGrant> withdrawn() {
    return List.of();
  }
}
