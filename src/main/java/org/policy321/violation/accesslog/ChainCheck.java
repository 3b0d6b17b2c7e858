package org.policy321.violation.accesslog;

/**
 * The result of checking one case's access log chain ({@link AccessLogChain#verify}): how many entries it
 * holds, and the first broken link, or null when the chain is intact.
 */
public record ChainCheck(String caseNumber, long entries, BrokenLink brokenLink) {

  public boolean intact() {
    return brokenLink == null;
  }

  /**
   * Where the chain first breaks: the entry (its row id, null when the entry is gone) and its place in the
   * chain, what is wrong, and a sentence saying so.
   */
  public record BrokenLink(Long entryId, long position, Kind kind, String explanation) {}

  /** What was done to the log where it breaks. */
  public enum Kind {
    /** An entry's fields (who, when, what) no longer match its hash: the row was changed after it was written. */
    CHANGED,
    /** One or more entries are missing (in the middle, or at the end, which the chain's head still counts). */
    REMOVED,
    /** An entry that was not appended through the log: written in between, after the head, or in place of one. */
    INSERTED
  }
}
