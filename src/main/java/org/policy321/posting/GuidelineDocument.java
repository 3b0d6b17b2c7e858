package org.policy321.posting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.policy321.platform.documents.ArchivalPdf;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.StaffMember;
import org.springframework.stereotype.Component;

/**
 * A version of the content guidelines as the department issues it (§I.B): a PDF/A record, signed by the department
 * and stored with its SHA-256 by the {@link DocumentService}, numbered {@code CG-<version>}.
 */
@Component
class GuidelineDocument {

  static final String TYPE = "CONTENT_GUIDELINES";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");

  private final DocumentService documents;
  private final Roster roster;

  GuidelineDocument(DocumentService documents, Roster roster) {
    this.documents = documents;
    this.roster = roster;
  }

  StoredDocument issue(int version, String title, String text, LocalDate effectiveOn, String publishedBy,
      OffsetDateTime publishedAt, Integer supersedes) {
    StaffMember issuer = roster.member(publishedBy);
    String label = "Content guidelines v" + version;
    byte[] pdf = ArchivalPdf.create(label + ": " + title, issuer.fullName())
        .heading(title)
        .field("Version", label)
        .field("Issued by", issuedBy(issuer))
        .field("Effective", DATE.format(effectiveOn))
        .field("Published", DATE.format(publishedAt))
        .field("Supersedes", supersedes == null ? "No earlier version" : "Content guidelines v" + supersedes)
        .spacer()
        .paragraph(text)
        .spacer()
        .paragraph("Issued under Policy 3.21 §I.B. Content that does not strictly conform to these guidelines is "
            + "approved by the Chief of Police or a designee before it is posted. Every authorized poster acknowledges "
            + "this version before filing an official post, and the posting log names the version each post was "
            + "checked against.")
        .footer(label + " · Policy 3.21 §I.B")
        .toBytes();
    return documents.store(TYPE, "CG-" + version, label + ": " + title, "content-guidelines-v" + version + ".pdf", pdf,
        null);
  }

  /** "The Chief of Police", or "Deputy Chief Daniel Okafor, designee of the Chief of Police". */
  private String issuedBy(StaffMember issuer) {
    return roster.belongsTo(issuer.userId(), Groups.CHIEF) ? "The Chief of Police"
        : issuer.rankAndName() + ", designee of the Chief of Police";
  }
}
