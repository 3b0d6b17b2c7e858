package org.policy321.removal;

/** Why a removal runs (§III.R). */
public enum RemovalKind {
  /** The Chief or a designee directed the removal. */
  DIRECTED,
  /** The requester reported that the posting ended or is no longer appropriate. */
  REPORTED_BY_REQUESTER,
  /**
   * The requester did not answer the periodic review in time. No longer started: an unanswered review goes to
   * the Chief or a designee, whose direction is {@link #DIRECTED}; kept for removals opened before.
   */
  REVIEW_UNANSWERED,
  /** The posting period the memo gave has passed; the requester removes the posting. */
  POSTING_PERIOD_ENDED
}
