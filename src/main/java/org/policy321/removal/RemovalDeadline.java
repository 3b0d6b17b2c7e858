package org.policy321.removal;

import java.time.OffsetDateTime;
import org.policy321.platform.config.IsoDurations;

/** When a removal's requester is reminded of its deadline (the deadline itself: {@code GivenDeadline}). */
final class RemovalDeadline {

  private RemovalDeadline() {}

  /** When to remind: {@code reminderBefore} ahead of the deadline, but never before now. */
  static OffsetDateTime reminder(OffsetDateTime due, String reminderBefore, OffsetDateTime now) {
    OffsetDateTime reminder = IsoDurations.minus(due, reminderBefore);
    return reminder.isAfter(now) ? reminder : now;
  }
}
