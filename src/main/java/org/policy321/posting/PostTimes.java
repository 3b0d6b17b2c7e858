package org.policy321.posting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.policy321.platform.forms.InvalidInputException;

/**
 * The times a person gives for a post — when it should go out, when it went out — as Tasklist's fields send them
 * (YYYY-MM-DDTHH:MM, read as UTC, the zone the application keeps its times in; or a day, YYYY-MM-DD), as an ISO
 * instant with its offset, or as a date a REST client sends.
 */
final class PostTimes {

  private PostTimes() {}

  /** The time, or null when none was given; a text that is no time is refused naming {@code what}. */
  static OffsetDateTime parse(Object value, String what) {
    if (value instanceof Date date) {
      return date.toInstant().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
    String text = value == null ? null : value.toString().strip();
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
        return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
      }
      return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(what + " \"" + text + "\" is not a time; write it as 2026-05-04T14:30 (UTC) "
          + "or 2026-05-04.");
    }
  }
}
