package org.policy321.posting;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One poster's acknowledgement of one version of the content guidelines (§I.B): when it was asked and due, whether
 * the poster was reminded, when they acknowledged it, and when it stopped counting (its version superseded, or —
 * still pending — the poster's authorization revoked). Open ({@code closedAt} null) while its process runs.
 */
@Table("guideline_acknowledgement")
public record GuidelineAcknowledgement(@Id Long id, int guidelineVersion, String posterId, AcknowledgementStatus status,
    OffsetDateTime requestedAt, OffsetDateTime dueAt, OffsetDateTime remindedAt, OffsetDateTime acknowledgedAt,
    OffsetDateTime closedAt, String processInstanceId) {

  static final String NUMBER_PREFIX = "GA-";

  static GuidelineAcknowledgement requested(int version, String posterId, OffsetDateTime at, OffsetDateTime dueAt) {
    return new GuidelineAcknowledgement(null, version, posterId, AcknowledgementStatus.PENDING, at, dueAt, null, null,
        null, null);
  }

  /** The case number, the business key of its process: {@code GA-12}. */
  public String number() {
    return NUMBER_PREFIX + id;
  }

  public boolean open() {
    return closedAt == null;
  }

  GuidelineAcknowledgement started(String processInstanceId) {
    return new GuidelineAcknowledgement(id, guidelineVersion, posterId, status, requestedAt, dueAt, remindedAt,
        acknowledgedAt, closedAt, processInstanceId);
  }

  GuidelineAcknowledgement reminded(OffsetDateTime at) {
    return new GuidelineAcknowledgement(id, guidelineVersion, posterId, status, requestedAt, dueAt, at, acknowledgedAt,
        closedAt, processInstanceId);
  }

  GuidelineAcknowledgement acknowledged(OffsetDateTime at) {
    return new GuidelineAcknowledgement(id, guidelineVersion, posterId, AcknowledgementStatus.ACKNOWLEDGED,
        requestedAt, dueAt, remindedAt, at, closedAt, processInstanceId);
  }

  /** No longer counts: a pending one ends as {@code pendingEndsAs}, an acknowledged one stays acknowledged. */
  GuidelineAcknowledgement closed(AcknowledgementStatus pendingEndsAs, OffsetDateTime at) {
    AcknowledgementStatus ended = status == AcknowledgementStatus.PENDING ? pendingEndsAs : status;
    return new GuidelineAcknowledgement(id, guidelineVersion, posterId, ended, requestedAt, dueAt, remindedAt,
        acknowledgedAt, at, processInstanceId);
  }
}
