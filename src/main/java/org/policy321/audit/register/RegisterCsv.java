package org.policy321.audit.register;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A register as CSV (RFC 4180): UTF-8, a heading row, CRLF line ends; a field with a comma, a double quote or a
 * line break is quoted, its quotes doubled. Made safe to open in a spreadsheet: a cell starting with {@code =},
 * {@code +}, {@code -} or {@code @} (or a tab or carriage return, which some spreadsheets skip before them) gets a
 * leading apostrophe, so that a requester's or a case's text is never run as a formula (OWASP "CSV injection").
 */
public final class RegisterCsv {

  private RegisterCsv() {}

  public static byte[] of(RegisterTable table) {
    StringBuilder csv = new StringBuilder();
    row(csv, table.headings());
    table.rows().forEach(row -> row(csv, row));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(cells.get(i)));
    }
    csv.append("\r\n");
  }

  static String field(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
