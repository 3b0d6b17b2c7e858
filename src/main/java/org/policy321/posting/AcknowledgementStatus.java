package org.policy321.posting;

/** Where a poster's acknowledgement of one version of the content guidelines stands (§I.B). */
public enum AcknowledgementStatus {
  /** Asked, not acknowledged yet: the poster has the task (overdue once its due date has passed). */
  PENDING,
  /** The poster read and acknowledged the version. */
  ACKNOWLEDGED,
  /** Never acknowledged: a newer version was published first, and is the one to acknowledge. */
  SUPERSEDED,
  /** Never acknowledged: the poster's authorization was revoked first (§I.A). */
  WITHDRAWN
}
