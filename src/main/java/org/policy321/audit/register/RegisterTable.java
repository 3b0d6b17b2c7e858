package org.policy321.audit.register;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A register as the CSV and PDF exports write it: a title, the period, the column headings and one row of texts
 * per line (empty text for nothing). Each register says once how its lines read as rows.
 */
public record RegisterTable(String title, RegisterPeriod period, List<String> headings, List<List<String>> rows) {

  /** A value as a cell: its text, a time as its UTC instant (whichever zone the database answered in), or empty. */
  public static String cell(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.toInstant().toString();
    }
    return value == null ? "" : value.toString();
  }
}
