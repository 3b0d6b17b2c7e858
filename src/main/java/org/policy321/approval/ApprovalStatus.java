package org.policy321.approval;

/** The life of an approval in the register (§III.R). */
public enum ApprovalStatus {
  /** Numbered and its copy written; waiting for the requester's acknowledgement. */
  ISSUED,
  /** Acknowledged: the posting may carry the depiction; the removal process watches it. */
  ACTIVE,
  /** The Chief or a designee directed removal, or the requester reported the end: removal under way. */
  REMOVAL_PENDING,
  /** Removal confirmed and verified; a revocation notice supersedes the approval copy. */
  REMOVED
}
