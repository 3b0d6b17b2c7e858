package org.policy321.removal;

import java.time.format.DateTimeFormatter;
import org.policy321.platform.documents.ArchivalPdf;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.StaffMember;
import org.springframework.stereotype.Service;

/** The revocation notice that supersedes an approval copy once the removal is verified (§III.R). */
@Service
class RemovalDocuments {

  static final String REVOCATION_NOTICE = "REVOCATION_NOTICE";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");

  private final DocumentService documents;
  private final Roster roster;

  RemovalDocuments(DocumentService documents, Roster roster) {
    this.documents = documents;
    this.roster = roster;
  }

  StoredDocument revocationNotice(RemovalCase removal) {
    StaffMember requester = roster.member(removal.requesterId());
    StaffMember requestedBy = roster.member(removal.requestedBy());
    RemovalConfirmation confirmed = removal.confirmations().get(removal.confirmations().size() - 1);
    StaffMember verifier = roster.member(confirmed.verifiedBy());
    String number = removal.approvalNumber();
    byte[] pdf = ArchivalPdf.create("Revocation of approval " + number, verifier.fullName())
        .heading("Revocation notice — approval " + number)
        .paragraph("Approval " + number + " no longer covers any posting. This notice supersedes the approval copy "
            + "the requester retained (Policy 3.21 §III.R).")
        .spacer()
        .field("Approval number", number)
        .field("Requester", requester.signature())
        .field(removal.kind() == RemovalKind.DIRECTED ? "Removal directed by" : "End reported by", requestedBy.signature())
        .field("Reason", removal.reason())
        .field("Removal confirmed on", DATE.format(confirmed.confirmedAt()))
        .field("Checked address", confirmed.evidenceUrl())
        .field("Evidence", confirmed.evidenceFile() != null ? "Screenshot " + confirmed.evidenceFile()
            : "Statement: " + confirmed.statement())
        .field("Verified by", verifier.signature())
        .field("Verified on", DATE.format(confirmed.verifiedAt()))
        .footer("Revocation of " + number + " · Policy 3.21 §III.R")
        .toBytes();
    return documents.store(REVOCATION_NOTICE, number + "-R", "Revocation of approval " + number,
        "revocation-" + number + ".pdf", pdf, removal.processInstanceId());
  }
}
