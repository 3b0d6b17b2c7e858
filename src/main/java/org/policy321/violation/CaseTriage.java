package org.policy321.violation;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Triage of a registered report (§V.A): accept, hand to Internal Affairs, merge into an open case, or close as
 * not a violation; a report that endangers is never closed before the Chief's immediate action (§V.B). No engine
 * in here, so each rule is reachable from a plain test.
 */
@Service
public class CaseTriage {

  private final ViolationReportRepository reports;
  private final ReporterNotices notices;
  private final ViolationProperties properties;
  private final CaseConflicts conflicts;
  private final Clock clock;
  private final ViolationCases cases;

  CaseTriage(ViolationReportRepository reports, ReporterNotices notices, ViolationProperties properties,
      CaseConflicts conflicts, Clock clock, ViolationCases cases) {
    this.reports = reports;
    this.notices = notices;
    this.properties = properties;
    this.conflicts = conflicts;
    this.clock = clock;
    this.cases = cases;
  }

  /**
   * Triage by Internal Affairs or the supervisor the report was routed to (§V.A), or, once it is
   * overdue, by the level it was escalated to ({@code offeredToActor}: the task was offered to a group of
   * theirs). A hand-off goes to
   * Internal Affairs; a duplicate joins an open case; "not a violation" closes with a reason; an
   * accepted report is investigated. A report that endangers safety or an investigation is the Chief's at
   * receipt (§V.B); triage may find that danger too, and may not close such a report before the Chief acted.
   */
  @Transactional
  public ViolationReport triage(long reportId, String actor, TriageOutcome outcome, String subjectId,
      Boolean endangers, String duplicateOf, String reason, String scope, boolean offeredToActor) {
    ViolationReport report = cases.get(reportId);
    // Internal Affairs, or the supervisor it was sent to; conflicts of interest move it (CaseConflicts). Once
    // overdue, the level it was escalated to may triage too — but never a party to the case.
    if (offeredToActor) {
      conflicts.refuseParty(actor, CaseConflicts.Step.TRIAGE, report);
    } else {
      conflicts.requireMayAct(actor, CaseConflicts.Step.TRIAGE, report);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    boolean closes = outcome == TriageOutcome.DUPLICATE || outcome == TriageOutcome.NOT_A_VIOLATION;
    if (closes && (report.awaitsImmediateAction() || Boolean.TRUE.equals(endangers) && report.immediateActionAt == null)) {
      // §V.B: what endangers someone is the Chief's to act on first; triage does not close it around them.
      throw new InvalidInputException("This report endangers the safety of others or a criminal investigation "
          + "(§V.B): it cannot be closed before the immediate action of the Chief of Police is on record. "
          + (report.awaitsImmediateAction() ? "The Chief's task \"Take immediate action\" is open; close the report once "
              + "it is done, or accept it now." : "Accept it, so that the Chief acts at once."));
    }
    switch (outcome) {
      case HAND_OFF -> {
        if (ViolationReporting.Routes.INTERNAL_AFFAIRS.equals(report.routedTo)) {
          throw new InvalidInputException("The report is already with Internal Affairs.");
        }
        report.handToInternalAffairs();
        notices.tell(report, CorrespondenceKind.STATUS, "Your report " + report.caseNumber
            + " was handed to Internal Affairs for triage.");
      }
      case DUPLICATE -> {
        ViolationReport open = openCase(duplicateOf, report);
        report.mergeInto(open.caseNumber, FormValues.optional(reason, "The reason", FormValues.MAX_TEXT), now);
        notices.tell(report, CorrespondenceKind.DISPOSITION, "Your report " + report.caseNumber
            + " concerns the same matter as a case already under way; it was added to that case, where it will "
            + "be considered. Thank you for reporting.");
      }
      case NOT_A_VIOLATION -> {
        String why = FormValues.required(reason, "The reason why this is not a violation");
        report.close(CaseStatus.NOT_A_VIOLATION, why, now);
        notices.tell(report, CorrespondenceKind.DISPOSITION, "Your report " + report.caseNumber
            + " was reviewed and closed: it does not describe a violation of Policy 3.21. Reason: " + why);
      }
      case ACCEPT -> {
        if (subjectId != null && !subjectId.isBlank()) {
          report.identifySubject(cases.identified(report, subjectId.strip()));
        }
        PolicyScope applies = PolicyScope.of(scope);
        if (!report.endangers && Boolean.TRUE.equals(endangers)) {
          // Triage sees the danger the reporter did not: the Chief's clock starts now (§V.B).
          report.askImmediateAction(cases.immediateActionDue());
        }
        report.accept(applies, IsoDurations.plus(now, properties.investigationDeadline()));
        cases.openStatement(report, now);
        notices.tell(report, CorrespondenceKind.STATUS, "Your report " + report.caseNumber
            + " was accepted and is under investigation by " + conflicts.investigatingOffice(report) + ".");
      }
    }
    return reports.save(report);
  }

  private ViolationReport openCase(String caseNumber, ViolationReport duplicate) {
    String number = FormValues.required(caseNumber, "The case number of the open case (VR-year-sequence)");
    ViolationReport open = reports.findByCaseNumber(number.toUpperCase())
        .orElseThrow(() -> new InvalidInputException("There is no case " + number + "."));
    if (open.id.equals(duplicate.id) || !open.status.isOpen()) {
      throw new InvalidInputException("Case " + open.caseNumber + " is not another open case; a report is merged "
          + "only into an open case about the same matter.");
    }
    return open;
  }
}
