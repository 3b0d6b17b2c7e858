package org.policy321.platform.config;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Date;

/** Deadlines in configuration are ISO-8601 durations, as BPMN timers read them (P5D, PT4H, P1Y). */
public final class IsoDurations {

  private IsoDurations() {}

  /** Fails at start-up, naming the setting, rather than at the first timer that reads it. */
  public static String require(String key, String value) {
    try {
      if (value == null) {
        throw new IllegalArgumentException("missing");
      }
      if (value.contains("T")) {
        Duration.parse(value);
      } else {
        Period.parse(value);
      }
      return value;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as P5D or PT4H, not '" + value + "'", e);
    }
  }

  /** The time that lies the duration after (P1M is a calendar month, PT4H four hours). */
  public static OffsetDateTime plus(OffsetDateTime time, String isoDuration) {
    return isoDuration.contains("T") ? time.plus(Duration.parse(isoDuration)) : time.plus(Period.parse(isoDuration));
  }

  /** The time that lies the duration before. */
  public static OffsetDateTime minus(OffsetDateTime time, String isoDuration) {
    return isoDuration.contains("T") ? time.minus(Duration.parse(isoDuration)) : time.minus(Period.parse(isoDuration));
  }

  /**
   * The moment the duration after now, as a task's due date: with the application's clock (the engine's),
   * so that a task shows the moment its timer of the same duration fires.
   */
  public static Date dueIn(Clock clock, String isoDuration) {
    return Date.from(plus(OffsetDateTime.now(clock), isoDuration).toInstant());
  }
}
