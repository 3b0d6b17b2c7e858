package org.policy321.audit.register;

import org.policy321.platform.rest.ApiRefusal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The days a register covers, by the date a request was submitted or a case received: {@code from} and {@code to}
 * are ISO dates, both days included, in UTC (the zone the application keeps its times in); either may be left
 * out for an open end.
 */
public record RegisterPeriod(LocalDate from, LocalDate to) {

  /** The earliest and latest instants any database keeps comfortably: the bounds of an open end. */
  private static final OffsetDateTime BEGINNING = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime END = OffsetDateTime.of(9000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  /** The period the request asks for; a malformed date, or a from after the to, is refused with a sentence. */
  public static RegisterPeriod of(String from, String to) {
    RegisterPeriod period = new RegisterPeriod(date("from", from), date("to", to));
    if (period.from != null && period.to != null && period.from.isAfter(period.to)) {
      throw ApiRefusal.badInput("The period starts (" + period.from + ") after it ends (" + period.to + ").");
    }
    return period;
  }

  /** The first instant of the period. */
  OffsetDateTime start() {
    return from == null ? BEGINNING : from.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** The first instant after the period: {@code to} is a whole day. */
  OffsetDateTime endExclusive() {
    return to == null ? END : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** "all dates", "from 2026-01-01", "2026-01-01 to 2026-03-31", as the documents state it. */
  String describe() {
    if (from == null && to == null) {
      return "all dates";
    }
    if (to == null) {
      return "from " + from;
    }
    return from == null ? "until " + to : from + " to " + to;
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw ApiRefusal.badInput("\"" + value + "\" is not a date for " + name + ": write it as 2026-03-31.");
    }
  }
}
