package org.policy321.posting;

/** Where an official post stands; the posting log keeps how it got there. */
public enum PostStatus {
  /** A member's request, with their supervisor (§I.B chain of command). */
  WITH_SUPERVISOR,
  /** Screened; an authorized poster checks it and attests each §IV item. */
  WITH_POSTER,
  /** With the Chief or a designee (§I.B, §IV). */
  AWAITING_APPROVAL,
  /** With HR or the accounts' overseer (§II.C, §VI.B), where the department asks for it. */
  AWAITING_OVERSEER,
  /** Sent back to the poster for changes. */
  CHANGES_REQUESTED,
  /** Cleared to go out: the poster (or a connector) publishes it. */
  TO_PUBLISH,
  PUBLISHED,
  TAKEN_DOWN,
  /** The supervisor did not forward the request. */
  DECLINED,
  /** The Chief, a designee, HR or the overseer rejected it. */
  REJECTED;

  /** Whether the post can be published, taken down or reviewed no more. */
  boolean closed() {
    return this == TAKEN_DOWN || this == DECLINED || this == REJECTED;
  }
}
