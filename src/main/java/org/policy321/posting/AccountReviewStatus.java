package org.policy321.posting;

/** Where one yearly review of an official account stands (§I.D, §VI.B). */
public enum AccountReviewStatus {
  /** Waiting for its due date. */
  SCHEDULED,
  /** Due: the overseer has the checklist. */
  DUE,
  /** Every item of the checklist still holds, confirmed by the overseer. */
  CONFIRMED,
  /** An item no longer holds: the Chief, designees and HR have a task. */
  ITEMS_FAILING,
  /** An item no longer held; the page was corrected, confirmed by the Chief, a designee or HR. */
  RESTORED,
  /** An item no longer held and still does, as the Chief, a designee or HR recorded. */
  NOT_RESTORED,
  /** The account was closed before this review ended: its process was ended, nobody is asked any more. */
  ACCOUNT_CLOSED
}
