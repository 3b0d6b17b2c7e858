package org.policy321.approval;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.policy321.platform.documents.ArchivalPdf;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.forms.UploadCheck;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.StaffMember;
import org.springframework.stereotype.Service;

/**
 * The records of the depiction approval as PDF/A documents: the memorandum of §III.E, the
 * approval copy the requester retains (§III.R) and the disapproval letter. Each is stored with
 * its SHA-256 by the {@link DocumentService}.
 */
@Service
public class DepictionDocuments {

  static final String MEMORANDUM = "MEMORANDUM";
  static final String APPROVAL_COPY = "APPROVAL_COPY";
  static final String DISAPPROVAL_LETTER = "DISAPPROVAL_LETTER";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");
  private static final int MAX_LAYOUT_PAGES = 20;

  private final DocumentService documents;
  private final Roster roster;
  private final DepictionRequestService requests;
  private final Clock clock;

  DepictionDocuments(DocumentService documents, Roster roster, DepictionRequestService requests, Clock clock) {
    this.documents = documents;
    this.roster = roster;
    this.requests = requests;
    this.clock = clock;
  }

  static String requestNumber(DepictionRequest request) {
    return "DR-" + request.id();
  }

  /** The memo as it stands: the three items of §III.E, every inquiry round, the layout as pages. */
  public StoredDocument memorandum(DepictionRequest request, Upload layout) {
    StaffMember from = roster.member(request.requesterId());
    ArchivalPdf pdf = ArchivalPdf.create("Memorandum " + requestNumber(request), from.fullName())
        .heading("MEMORANDUM")
        .field("To", "Chief of Police")
        .field("From", from.signature())
        .field("Date", DATE.format(request.submittedAt()))
        .field("Subject", "Request to use department references or depictions on " + request.platform() + " (Policy 3.21 §III.E)")
        .field("Reference", requestNumber(request))
        .spacer()
        .numberedItem(1, "Description of the proposed usage", request.proposedUsage())
        .numberedItem(2, "Purpose of the web site or posting", request.purpose())
        .numberedItem(3, "Printed layout of the page, posting or site", layout == null
            ? "Not available." : "Attached as the following pages (" + layout.fileName() + ").")
        .spacer()
        .field("Depicted", request.depictions())
        .field("Where", request.platform() + (request.url() == null ? "" : ", " + request.url()))
        .field("For how long", requests.postingPeriod(request));
    if (!request.rounds().isEmpty()) {
      pdf.spacer().heading("Further inquiries (§III.R)").paragraph(requests.inquiryHistory(request));
    }
    pdf.footer("Memorandum " + requestNumber(request) + " · Policy 3.21 §III.E");
    appendLayout(pdf, layout);
    return documents.store(MEMORANDUM, requestNumber(request) + "-M" + (request.rounds().size() + 1),
        "Memorandum to the Chief of Police " + requestNumber(request), "memorandum-" + requestNumber(request) + ".pdf",
        pdf.toBytes(), request.processInstanceId());
  }

  /** The copy of the approval the requester retains for the duration of the posting (§III.R). */
  /**
   * The copy the requester keeps (§III.R): who consented — the Chief, or a designee in the Chief's name —
   * what for (§III.E items 1 and 2), and the SHA-256 of the approved layout, so that the copy pins down
   * exactly what was approved.
   */
  public StoredDocument approvalCopy(DepictionRequest request, Approval approval, String layoutSha256) {
    StaffMember requester = roster.member(request.requesterId());
    StaffMember decider = roster.member(request.decidedBy());
    String consenter = consenter(decider);
    byte[] pdf = ArchivalPdf.create("Approval " + approval.approvalNumber(), decider.fullName())
        .heading("Approval " + approval.approvalNumber())
        .paragraph(consenter + " gives express consent (Policy 3.21 §III.D, §III.R) to the use described below.")
        .spacer()
        .field("Approval number", approval.approvalNumber())
        .field("Request", requestNumber(request))
        .field("Requester", requester.signature())
        .field("Consent given by", consenter)
        .field("Approved use", request.proposedUsage())
        .field("Purpose", request.purpose())
        .field("Depicted", request.depictions())
        .field("Where", request.platform() + (request.url() == null ? "" : ", " + request.url()))
        .field("For how long", requests.postingPeriod(request))
        .field("Approved layout (SHA-256)", layoutSha256.isEmpty() ? "No layout was submitted" : layoutSha256)
        .field("Notation", request.notation())
        .field("Decided by", decider.signature())
        .field("Decided on", DATE.format(request.decidedAt()))
        .spacer()
        .paragraph("The requester retains this copy for the duration of the posting or web site. Within the limits of "
            + "their control, the requester removes the references, photographs or depictions when the posting is no "
            + "longer appropriate or when directed by the Chief or designee (§III.R).")
        .footer("Approval " + approval.approvalNumber() + " · Policy 3.21 §III.R")
        .toBytes();
    return documents.store(APPROVAL_COPY, approval.approvalNumber(), "Approval " + approval.approvalNumber(),
        "approval-" + approval.approvalNumber() + ".pdf", pdf, request.processInstanceId());
  }

  /** The letter that tells the requester the request was disapproved, and why. */
  public StoredDocument disapprovalLetter(DepictionRequest request) {
    StaffMember requester = roster.member(request.requesterId());
    StaffMember decider = roster.member(request.decidedBy());
    byte[] pdf = ArchivalPdf.create("Disapproval " + requestNumber(request), decider.fullName())
        .heading("Request " + requestNumber(request) + " disapproved")
        .field("To", requester.signature())
        .field("Date", DATE.format(LocalDate.now(clock)))
        .field("Request", request.proposedUsage())
        .field("Depicted", request.depictions())
        .field("Where", request.platform() + (request.url() == null ? "" : ", " + request.url()))
        .field("Notation", request.notation())
        .field("Reason", request.disapprovalReason())
        .field("Decided by", decider.signature())
        .field("Decided on", DATE.format(request.decidedAt()))
        .spacer()
        .paragraph("Without the Chief's express consent, the department's logos, graphics, photographs of its premises, "
            + "uniforms, badges, patrol cars or other equipment may not be used (Policy 3.21 §III.D). You may submit a "
            + "new request that addresses the reason above.")
        .footer("Disapproval of " + requestNumber(request) + " · Policy 3.21 §III.R")
        .toBytes();
    return documents.store(DISAPPROVAL_LETTER, requestNumber(request) + "-D", "Disapproval of " + requestNumber(request),
        "disapproval-" + requestNumber(request) + ".pdf", pdf, request.processInstanceId());
  }

  private void appendLayout(ArchivalPdf pdf, Upload layout) {
    if (layout == null) {
      return;
    }
    String caption = "Item 3: printed layout — " + layout.fileName();
    if (UploadCheck.check("The layout", layout, Long.MAX_VALUE) == UploadCheck.Kind.PDF) {
      pdf.appendPdfPagesAsImages(caption, layout.content(), MAX_LAYOUT_PAGES);
    } else {
      pdf.appendImagePage(caption, layout.content());
    }
  }

  /** "The Chief of Police", or "Deputy Chief Daniel Okafor, designee of the Chief of Police". */
  private String consenter(StaffMember decider) {
    return roster.belongsTo(decider.userId(), Groups.CHIEF) ? "The Chief of Police"
        : decider.rank() + " " + decider.fullName() + ", designee of the Chief of Police";
  }
}
