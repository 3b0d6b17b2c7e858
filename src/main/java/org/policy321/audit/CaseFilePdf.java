package org.policy321.audit;

import java.time.format.DateTimeFormatter;
import org.policy321.audit.CaseHistory.Change;
import org.policy321.audit.CaseHistory.DocumentEntry;
import org.policy321.audit.CaseHistory.Party;
import org.policy321.audit.CaseHistory.Step;
import org.policy321.platform.documents.ArchivalPdf;

/**
 * The case file as a PDF/A record: the case, every step with who, when and what it changed, and every document with
 * its SHA-256, so that a copy retained for years can be checked against the documents it lists.
 */
final class CaseFilePdf {

  static final String AUTHOR = "Policy 3.21 records";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

  private CaseFilePdf() {}

  static String title(CaseHistory history) {
    return "Case file " + history.caseRecord().number();
  }

  static byte[] of(CaseHistory history) {
    CaseHistory.Header header = history.caseRecord();
    ArchivalPdf pdf = ArchivalPdf.create(title(history), AUTHOR)
        .heading(title(history))
        .field("Kind", header.kind())
        .field("Numbers", String.join(", ", header.numbers()))
        .field("Subject", header.summary())
        .field("Status", header.status() + (header.finished() ? " (finished)" : " (running)"))
        .field("Opened", WHEN.format(header.openedAt()))
        .field("Closed", header.closedAt() == null ? "—" : WHEN.format(header.closedAt()));
    for (Party party : header.parties()) {
      pdf.field(party.role(), party.name());
    }
    pdf.field("Prepared", WHEN.format(history.generatedAt()) + " for " + history.generatedFor());
    pdf.heading("Steps");
    int n = 1;
    for (Step step : history.steps()) {
      pdf.numberedItem(n++, WHEN.format(step.at()), step.what() + " — " + step.who() + " (" + step.process() + ")");
      for (Change change : step.changes()) {
        pdf.paragraph("    " + change.variable() + ": " + (change.before() == null ? "" : change.before() + " → ")
            + (change.after() == null ? "(empty)" : change.after()));
      }
    }
    pdf.heading("Documents");
    if (history.documents().isEmpty()) {
      pdf.paragraph("None.");
    }
    n = 1;
    for (DocumentEntry doc : history.documents()) {
      pdf.numberedItem(n++, doc.number(), doc.title() + " (" + doc.fileName() + ", " + doc.sizeBytes() + " bytes, "
          + WHEN.format(doc.createdAt()) + ")");
      pdf.paragraph("    SHA-256 " + doc.sha256() + (doc.intact() ? " — matches the stored document"
          : " — DOES NOT MATCH the stored document"));
      if (doc.signatures().isEmpty()) {
        pdf.paragraph("    Not signed.");
      }
      for (CaseHistory.Signature signature : doc.signatures()) {
        pdf.paragraph("    Signed by " + signature.signer()
            + (signature.signedAt() == null ? "" : " on " + WHEN.format(signature.signedAt()))
            + (signature.valid() ? " — valid, the department's signature, document unaltered"
                : signature.byDepartment() ? " — INVALID: the document was altered after signing"
                : " — NOT the department's signature"));
      }
    }
    if (!history.integrity().isEmpty()) {
      pdf.heading("Checks");
      history.integrity().forEach(pdf::paragraph);
    }
    return pdf.footer(title(history)).toBytes();
  }
}
