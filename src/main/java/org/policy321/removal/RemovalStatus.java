package org.policy321.removal;

/** Where a removal case stands. */
public enum RemovalStatus {
  OPEN,
  REMOVED,
  ESCALATED
}
