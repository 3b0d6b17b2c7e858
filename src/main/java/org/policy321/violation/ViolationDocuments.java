package org.policy321.violation;

import java.time.format.DateTimeFormatter;
import org.policy321.platform.documents.ArchivalPdf;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.StaffMember;
import org.springframework.stereotype.Service;

/**
 * The notices of a violation case, as PDF/A records for the employee concerned (§V.B): the allegation
 * when the report is accepted, with the right to answer it in writing, the finding when it closes the
 * case, the notice of intent before suspension or termination, and the notice of the final discipline
 * with the right to grieve (§III.K). None names the reporter (§V.C).
 */
@Service
class ViolationDocuments {

  static final String ALLEGATION_NOTICE = "ALLEGATION_NOTICE";
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

  StoredDocument allegationNotice(ViolationReport report) {
    String number = report.caseNumber();
    String due = DATE.format(report.statementDueAt());
    byte[] pdf = caseHeader("Notice of allegation — case " + number, report)
        .field("Investigated by", capitalized(conflicts.investigatingOffice(report)))
        .field("Statement due by", due)
        .spacer()
        .paragraph("A report alleges that the posting described above violates the policy clauses listed. It is under "
            + "investigation; nothing has been found yet (Policy 3.21 §V.B).")
        .heading("Your rights")
        .numberedItem(1, "Written statement", "You may answer the allegation in writing: complete the task \"Answer "
            + "the allegation\" in Tasklist by " + due + ", with your statement or with your choice to give none. "
            + "The investigator reads it before any finding, and no finding is recorded before you answer or that "
            + "date passes.")
        .numberedItem(2, "Grievances", "A grievance goes through the city's Personnel Rules and the rules of the Civil "
            + "Service Commission (Policy 3.21 §III.K), not through social media.")
        .numberedItem(3, "The report", "Good-faith reporting of misconduct is protected and is never itself a "
            + "violation (Policy 3.21 §V.C); this notice does not say who reported.")
        .footer("Notice of allegation " + number + " · Policy 3.21 §V.B, §III.K")
        .toBytes();
    return documents.store(ALLEGATION_NOTICE, number + "-A", "Notice of allegation " + number,
        "allegation-" + number + ".pdf", pdf, report.processInstanceId());
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

  /**
   * The notice of the decided measure, before it is final. {@code report.noticedDiscipline()} is still the
   * measure of an earlier notice, if any: this one replaces it (a harsher measure needs a new notice, §V.B).
   */
  StoredDocument noticeOfIntent(ViolationReport report, String responseDue) {
    String number = report.caseNumber();
    // The Chief of Police, or the outside authority when the Chief is a party (CaseConflicts).
    String decider = capitalized(conflicts.decidingOffice(report));
    ArchivalPdf notice = caseHeader("Notice of intent — case " + number, report)
        .field("Finding", report.finding().meaning)
        .field("Intended discipline", report.discipline().title);
    Discipline earlier = report.noticedDiscipline();
    if (earlier != null) {
      notice.field("Replaces", "The notice of intent for " + earlier.title + ": the discipline now intended is "
          + "harsher, so you have a new time to respond.");
    }
    byte[] pdf = notice
        .spacer()
        .paragraph(decider + " intends to impose the discipline above (Policy 3.21 §V.B). Before the "
            + "decision is final you may respond in writing: complete the task \"Respond to the notice of intent\" "
            + "in Tasklist by " + responseDue + ". " + decider + " reads your response before deciding. The final "
            + "discipline will not be harsher than the one above unless you are given a new notice and a new time "
            + "to respond.")
        .footer("Notice of intent " + number + " · Policy 3.21 §V.B")
        .toBytes();
    // One number per measure noticed: a second notice of intent in a case is always for a harsher measure.
    String documentNumber = number + "-I-" + report.discipline().value;
    return documents.store(NOTICE_OF_INTENT, documentNumber, "Notice of intent " + number,
        "intent-" + documentNumber + ".pdf", pdf, report.processInstanceId());
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

  private static String capitalized(String office) {
    return Character.toUpperCase(office.charAt(0)) + office.substring(1);
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
