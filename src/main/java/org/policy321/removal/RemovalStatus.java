package org.policy321.removal;

/** Where a removal case stands. */
public enum RemovalStatus {
  /** The requester is to remove the posting, or a designee is to verify or decide on a partial removal. */
  OPEN,
  /** Removed: verified by a designee, or recorded removed by the Chief or a designee after an escalation. */
  REMOVED,
  /**
   * Overdue or refused: the supervisor reviews it and the Chief or a designee decides (direct again, which
   * reopens the case, or record it removed).
   */
  ESCALATED,
  /** The Chief or a designee accepted that the rest is outside the requester's control (§III.R). */
  REMOVED_IN_PART
}
