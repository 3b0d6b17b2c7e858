package org.policy321.approval;

/** The life of an approval in the register (§III.R). */
public enum ApprovalStatus {
  /** Numbered and its copy written; waiting for the requester's acknowledgement. */
  ISSUED,
  /** Acknowledged: the posting may carry the depiction; the removal process watches it. */
  ACTIVE
}
