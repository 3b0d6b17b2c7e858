package org.policy321.removal;

/** Why a removal runs (§III.R). */
public enum RemovalKind {
  /** The Chief or a designee directed the removal. */
  DIRECTED,
  /** The requester reported that the posting ended or is no longer appropriate. */
  REPORTED_BY_REQUESTER,
  /** The requester did not answer the periodic review in time. */
  REVIEW_UNANSWERED
}
