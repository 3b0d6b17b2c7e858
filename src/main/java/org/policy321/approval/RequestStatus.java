package org.policy321.approval;

/** Where a §III.E request stands. */
public enum RequestStatus {
  /** With the Chief or designee, or with the requester answering an inquiry. */
  UNDER_REVIEW,
  APPROVED,
  DISAPPROVED,
  /** Withdrawn by the requester before the decision. */
  WITHDRAWN,
  /** Withdrawn because an inquiry went unanswered past its deadline. */
  LAPSED
}
