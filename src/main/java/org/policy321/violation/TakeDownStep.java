package org.policy321.violation;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of a take-down the Chief directed at once (§V.B), tracked like the removal of an approved
 * depiction (§III.R): directed with a deadline, answered by the employee concerned, overdue, verified, or
 * found still visible and directed again. {@code dueAt} is the deadline the step set or answered to.
 */
@Table("take_down_step")
public record TakeDownStep(@Id Long id, Kind kind, String actor, String note, OffsetDateTime dueAt,
    OffsetDateTime recordedAt) {

  public enum Kind {
    /** The Chief or a designee directed the take-down (and again after a failed verification). */
    DIRECTED,
    /** The employee concerned says it is removed. */
    REMOVED,
    /** The employee concerned cannot remove all of it (what remains and why, in the note). */
    CANNOT_REMOVE,
    /** The deadline passed without an answer. */
    OVERDUE,
    /** The Chief or a designee checked: the posting is gone. */
    VERIFIED,
    /** The Chief or a designee checked: it is still visible. */
    STILL_VISIBLE
  }

  static TakeDownStep of(Kind kind, String actor, String note, OffsetDateTime dueAt, OffsetDateTime now) {
    return new TakeDownStep(null, kind, actor, note, dueAt, now);
  }
}
