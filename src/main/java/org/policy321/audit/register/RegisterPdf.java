package org.policy321.audit.register;

import java.time.OffsetDateTime;
import java.util.List;
import org.policy321.platform.documents.ArchivalPdf;

/**
 * A register as PDF/A ({@link ArchivalPdf}), made when asked and not stored: the register is the database's
 * current state, and a copy an auditor keeps is theirs to file. One numbered item per line, its number first and
 * the other columns as "heading: value" in the order of the CSV.
 */
public final class RegisterPdf {

  private static final String AUTHOR = "Policy 3.21 process engine";

  private RegisterPdf() {}

  public static byte[] of(RegisterTable table, String readerName, OffsetDateTime generatedAt) {
    ArchivalPdf pdf = ArchivalPdf.create(table.title(), AUTHOR)
        .heading(table.title())
        .field("Period", table.period().describe())
        .field("Lines", Integer.toString(table.rows().size()))
        .field("Generated", generatedAt.withNano(0) + " for " + readerName)
        .spacer()
        .footer(table.title() + ", " + table.period().describe() + "; generated " + generatedAt.toLocalDate());
    if (table.rows().isEmpty()) {
      pdf.paragraph("No entries in this period.");
    }
    int n = 0;
    for (List<String> row : table.rows()) {
      StringBuilder text = new StringBuilder();
      for (int column = 1; column < row.size(); column++) {
        if (!row.get(column).isEmpty()) {
          text.append(text.isEmpty() ? "" : "; ").append(table.headings().get(column)).append(": ")
              .append(row.get(column));
        }
      }
      pdf.numberedItem(++n, row.get(0), text.toString());
    }
    return pdf.toBytes();
  }
}
