package org.policy321.platform.forms;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.policy321.platform.config.IsoDurations;

/**
 * A deadline as a person gives it in a form: empty (the configured default), a date (the end of that day)
 * or an ISO-8601 duration from now. A deadline in the past is refused.
 */
public final class GivenDeadline {

  private GivenDeadline() {}

  public static OffsetDateTime resolve(String given, String defaultDuration, OffsetDateTime now) {
    String text = given == null || given.isBlank() ? defaultDuration : given.strip();
    OffsetDateTime due;
    try {
      if (text.startsWith("P") || text.startsWith("p")) {
        due = IsoDurations.plus(now, text.toUpperCase());
      } else {
        due = LocalDate.parse(text).plusDays(1).atStartOfDay().atOffset(now.getOffset()).minusSeconds(1);
      }
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("The deadline \"" + text + "\" is neither a date (2026-12-31) nor a duration (P3D).");
    }
    if (!due.isAfter(now)) {
      throw new InvalidInputException("The deadline " + due.toLocalDate() + " has already passed; give a later one.");
    }
    return due;
  }
}
