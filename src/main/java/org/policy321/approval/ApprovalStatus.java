package org.policy321.approval;

/** The life of an approval in the register (§III.R). */
public enum ApprovalStatus {
  /** Numbered and its copy written; waiting for the requester's acknowledgement. */
  ISSUED,
  /** Acknowledged: the posting may carry the depiction; the removal process watches it. */
  ACTIVE,
  /** The Chief or a designee directed removal, or the requester reported the end: removal under way. */
  REMOVAL_PENDING,
  /**
   * The removal was refused or its deadline passed: the supervisor reviews it and the Chief or a designee
   * decides (direct the requester again, back to {@link #REMOVAL_PENDING}; or record it removed).
   */
  REMOVAL_OVERDUE,
  /**
   * Removed: confirmed and verified, or recorded removed by the Chief or a designee; a revocation notice
   * supersedes the approval copy.
   */
  REMOVED,
  /**
   * Removed as far as the requester could (§III.R "within the limits of his/her control"): the Chief or a
   * designee accepted that the rest is outside the requester's control; the revocation notice says what remains.
   */
  REMOVED_IN_PART
}
