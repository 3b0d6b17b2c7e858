package org.policy321.posting;

import java.time.OffsetDateTime;

/**
 * One entry of the posting log (§VI.B, §II.C), as it was written; never changed. {@code recordedBy} is null for the
 * application's own steps (the screen, an overdue review); {@code correctsEntry} names the entry a correction
 * corrects. Fields a step does not concern are null.
 */
public record PostingLogEntry(Long id, String postNumber, LogKind kind, OffsetDateTime recordedAt, String recordedBy,
    String capacity, String accounts, String category, String requesterId, String posterId,
    OffsetDateTime intendedAt, String postText, String media, String decision, String notation,
    String writtenAuthorization, String screenResult, String attestation, String guidelineVersion,
    OffsetDateTime publishedAt, String postUrl, Boolean publishedBeforeReview, String reason, Long correctsEntry) {

  /** What happened, one kind per step. */
  public enum LogKind {
    /** Filed directly by an authorized poster (§I.A). */
    FILED,
    /** Requested by a member through the chain of command (§I.B). */
    REQUESTED,
    FORWARDED,
    DECLINED,
    /** The automatic screen's result (§IV): its flags, each naming its clause, or none. */
    SCREENED,
    /** The poster's attestation of each §IV item and of conformity with the guidelines (§I.B). */
    ATTESTED,
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED,
    REVISED,
    PUBLISHED,
    /** The Chief's or a designee's review of a notice published at once. */
    REVIEWED,
    /** That review was not done within policy.posting.review-deadline. */
    REVIEW_OVERDUE,
    TAKEN_DOWN,
    /** A correction of an earlier entry, which stays as it was. */
    CORRECTION
  }
}
