package org.policy321.violation;

import java.time.format.DateTimeFormatter;
import org.policy321.platform.documents.ArchivalPdf;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.StaffMember;
import org.springframework.stereotype.Service;

/**
 * The notices of a violation case, as PDF/A records for the employee concerned (§V.B): the finding
 * when it closes the case, the notice of intent before suspension or termination, and the notice of
 * the final discipline with the right to grieve (§III.K). None names the reporter (§V.C).
 */
@Service
class ViolationDocuments {

  static final String FINDING_NOTICE = "FINDING_NOTICE";
  static final String NOTICE_OF_INTENT = "NOTICE_OF_INTENT";
  static final String DISCIPLINE_NOTICE = "DISCIPLINE_NOTICE";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy");
  private static final String ISSUER = "Office of the Chief of Police";

  private final DocumentService documents;
  private final Roster roster;
  private final CaseConflicts conflicts;

  ViolationDocuments(DocumentService documents, Roster roster, CaseConflicts conflicts) {
    this.documents = documents;
    this.roster = roster;
    this.conflicts = conflicts;
  }

  StoredDocument findingNotice(ViolationReport report) {
    String number = report.caseNumber();
    byte[] pdf = caseHeader("Notice of finding — case " + number, report)
        .field("Finding", report.finding().meaning)
        .field("Decided on", DATE.format(report.foundAt()))
        .spacer()
        .paragraph("The investigation is complete and the case is closed without discipline.")
        .footer("Notice of finding " + number + " · Policy 3.21 §V.B")
        .toBytes();
    return documents.store(FINDING_NOTICE, number + "-F", "Notice of finding " + number, "finding-" + number + ".pdf",
        pdf, report.processInstanceId());
  }

  StoredDocument noticeOfIntent(ViolationReport report, String responseDue) {
    String number = report.caseNumber();
    // The Chief of Police, or the outside authority when the Chief is a party (CaseConflicts).
    String office = conflicts.decidingOffice(report);
    String decider = Character.toUpperCase(office.charAt(0)) + office.substring(1);
    byte[] pdf = caseHeader("Notice of intent — case " + number, report)
        .field("Finding", report.finding().meaning)
        .field("Intended discipline", report.discipline().title)
        .spacer()
        .paragraph(decider + " intends to impose the discipline above (Policy 3.21 §V.B). Before the "
            + "decision is final you may respond in writing: complete the task \"Respond to the notice of intent\" "
            + "in Tasklist by " + responseDue + ". " + decider + " reads your response before deciding.")
        .footer("Notice of intent " + number + " · Policy 3.21 §V.B")
        .toBytes();
    return documents.store(NOTICE_OF_INTENT, number + "-I", "Notice of intent " + number, "intent-" + number + ".pdf",
        pdf, report.processInstanceId());
  }

  StoredDocument disciplineNotice(ViolationReport report) {
    String number = report.caseNumber();
    byte[] pdf = caseHeader("Notice of discipline — case " + number, report)
        .field("Finding", report.finding().meaning)
        .field("Discipline", report.discipline().title)
        .field("Effective", DATE.format(report.effectiveDate()))
        .field("Decided by", roster.member(report.decidedBy).signature())
        .spacer()
        .paragraph("You may grieve this decision under the city's Personnel Rules and the rules of the Civil "
            + "Service Commission (Policy 3.21 §III.K), not on social media. Acknowledging this notice confirms "
            + "that you received it, not that you agree with it.")
        .footer("Notice of discipline " + number + " · Policy 3.21 §V.B, §III.K")
        .toBytes();
    return documents.store(DISCIPLINE_NOTICE, number + "-D", "Notice of discipline " + number,
        "discipline-" + number + ".pdf", pdf, report.processInstanceId());
  }

  /** The parts every notice shares: to whom, which case, which clauses, what was posted. */
  private ArchivalPdf caseHeader(String heading, ViolationReport report) {
    StaffMember employee = roster.member(report.subjectId());
    ArchivalPdf header = ArchivalPdf.create(heading, ISSUER)
        .heading(heading)
        .field("To", employee.signature())
        .field("From", ISSUER)
        .field("Case", report.caseNumber())
        .field("Policy clauses", PolicyClause.described(report.clauses()));
    if (report.policyScope() != null) {
      header.field("Why the policy applies", report.policyScope().meaning);
    }
    return header
        .field("Where and when", report.placeAndTime())
        .field("What was posted", report.whatWasPosted());
  }
}
