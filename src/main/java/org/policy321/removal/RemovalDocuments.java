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

  /**
   * The notice for a closed case: what the record says closed it — a verified removal, a removal the Chief or
   * a designee recorded after an escalation, or a removal in part, which names what remains outside the
   * requester's control.
   */
  StoredDocument revocationNotice(RemovalCase removal) {
    StaffMember requester = roster.member(removal.requesterId());
    StaffMember requestedBy = roster.member(removal.requestedBy());
    String number = removal.approvalNumber();
    RemovalConfirmation answer = removal.lastAnswer().orElse(null);
    RemovalDecision decision = removal.lastDecision()
        .filter(d -> d.afterRound() == removal.confirmations().size())
        .filter(d -> d.step() == RemovalDecision.Step.PARTIAL || d.step() == RemovalDecision.Step.UNREMOVED)
        .orElse(null);
    boolean inPart = removal.status() == RemovalStatus.REMOVED_IN_PART;
    StaffMember signer = roster.member(decision != null ? decision.decidedBy() : answer.verifiedBy());
    ArchivalPdf pdf = ArchivalPdf.create("Revocation of approval " + number, signer.fullName())
        .heading("Revocation notice — approval " + number)
        .paragraph("Approval " + number + " no longer covers any posting. This notice supersedes the approval copy "
            + "the requester retained (Policy 3.21 §III.R).");
    if (inPart) {
      pdf.paragraph("The requester removed what was within the limits of their control. What remains is outside "
          + "the requester's control, as the Chief of Police or a designee accepted (§III.R): " + answer.explanation());
    }
    pdf.spacer()
        .field("Approval number", number)
        .field("Requester", requester.signature())
        .field(removal.kind() == RemovalKind.DIRECTED ? "Removal directed by" : "End reported by", requestedBy.signature())
        .field("Reason", removal.reason());
    if (answer != null && answer.evidenceUrl() != null) {
      pdf.field("Checked address", answer.evidenceUrl());
    }
    if (answer != null && (answer.evidenceFile() != null || answer.statement() != null)) {
      pdf.field("Evidence", answer.evidenceFile() != null ? "Screenshot " + answer.evidenceFile()
          : "Statement: " + answer.statement());
    }
    if (inPart) {
      pdf.field("What remains", answer.explanation())
          .field("Accepted in part by", signer.signature())
          .field("Accepted on", DATE.format(decision.decidedAt()))
          .field("Note", decision.note());
    } else if (decision != null) {
      pdf.field("Removal recorded by", signer.signature())
          .field("Recorded on", DATE.format(decision.decidedAt()))
          .field("Note", decision.note());
    } else {
      pdf.field("Removal confirmed on", DATE.format(answer.confirmedAt()))
          .field("Verified by", signer.signature())
          .field("Verified on", DATE.format(answer.verifiedAt()));
    }
    byte[] bytes = pdf.footer("Revocation of " + number + " · Policy 3.21 §III.R").toBytes();
    return documents.store(REVOCATION_NOTICE, number + "-R", "Revocation of approval " + number,
        "revocation-" + number + ".pdf", bytes, removal.processInstanceId());
  }
}
