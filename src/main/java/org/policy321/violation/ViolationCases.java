package org.policy321.violation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a violation case after it is registered (§V.A–§V.C): triage, investigation,
 * finding and discipline. Every step checks who acts and what they gave, and records it; no
 * engine in here, so each rule is reachable from a plain test.
 */
@Service
public class ViolationCases {

  static final Set<String> NATURES = Set.of("endangers", "confidential", "harassment", "image", "conduct");
  static final Set<String> SEVERITIES = Set.of("minor", "serious", "grave");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy");

  private final ViolationReportRepository reports;
  private final ReporterNotices notices;
  private final Roster roster;
  private final ViolationProperties properties;
  private final CaseConflicts conflicts;
  private final Clock clock;

  ViolationCases(ViolationReportRepository reports, ReporterNotices notices, Roster roster,
      ViolationProperties properties, CaseConflicts conflicts, Clock clock) {
    this.reports = reports;
    this.notices = notices;
    this.roster = roster;
    this.properties = properties;
    this.conflicts = conflicts;
    this.clock = clock;
  }

  public java.util.Optional<ViolationReport> find(String caseNumber) {
    return reports.findByCaseNumber(caseNumber);
  }

  /** The anonymous report with this receipt handle (the public half of its receipt code). */
  public java.util.Optional<ViolationReport> byReceiptHandle(String receiptHandle) {
    return reports.findByReceiptHandle(receiptHandle);
  }

  /** The case the process instance of violation-report runs, if it is one. */
  public java.util.Optional<ViolationReport> ofProcessInstance(String processInstanceId) {
    return reports.findByProcessInstanceId(processInstanceId);
  }

  /**
   * The report of the case {@code processInstanceId} runs, where its record says {@code step} may act.
   * The steps that issue notices trust no variable: a case moved to a step it never reached (an
   * operator's modification gone wrong) stops here, with an incident, instead of issuing a notice
   * the record does not support.
   */
  ViolationReport ofCase(long reportId, String processInstanceId, String step, Predicate<ViolationReport> recorded) {
    ViolationReport report = get(reportId);
    if (!report.processInstanceId().equals(processInstanceId)) {
      throw new IllegalStateException("Report " + reportId + " belongs to another case; this case may not act on it.");
    }
    if (!report.status().isOpen() || !recorded.test(report)) {
      throw new IllegalStateException("Case " + report.caseNumber() + " (" + report.status() + ", finding "
          + report.finding() + ", discipline " + report.discipline() + ") has no record that allows: " + step + ".");
    }
    return report;
  }

  static boolean notSustained(ViolationReport report) {
    return report.finding() != null && report.finding() != Finding.SUSTAINED;
  }

  static boolean disciplineDecided(ViolationReport report) {
    return report.finding() == Finding.SUSTAINED && report.discipline() != null && report.decidedBy != null;
  }

  public ViolationReport get(long reportId) {
    return reports.findById(reportId).orElseThrow(() -> new IllegalStateException("No violation report " + reportId));
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
    ViolationReport report = get(reportId);
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
        report.routedTo = ViolationReporting.Routes.INTERNAL_AFFAIRS;
        notices.tell(report, CorrespondenceKind.STATUS, "Your report " + report.caseNumber
            + " was handed to Internal Affairs for triage.");
      }
      case DUPLICATE -> {
        ViolationReport open = openCase(duplicateOf, report);
        report.mergedInto = open.caseNumber;
        report.close(CaseStatus.MERGED, FormValues.optional(reason, "The reason", FormValues.MAX_TEXT), now);
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
          report.subjectId = identified(report, subjectId.strip());
        }
        report.policyScope = PolicyScope.of(scope);
        if (!report.endangers && Boolean.TRUE.equals(endangers)) {
          // Triage sees the danger the reporter did not: the Chief's clock starts now (§V.B).
          report.askImmediateAction(immediateActionDue());
        }
        report.status = CaseStatus.UNDER_INVESTIGATION;
        report.investigationDueAt = IsoDurations.plus(now, properties.investigationDeadline());
        openStatement(report, now);
        notices.tell(report, CorrespondenceKind.STATUS, "Your report " + report.caseNumber
            + " was accepted and is under investigation by " + conflicts.investigatingOffice(report) + ".");
      }
    }
    return reports.save(report);
  }

  /**
   * Due process (§V.B): an accepted report about a known employee — known at triage, or named later by the Chief
   * directing a take-down while the case is investigated — gives them until the statement deadline to answer the
   * allegation in writing. The time runs from now, not from the notice (an asynchronous step), so that no finding
   * slips in before the notice is out.
   */
  void openStatement(ViolationReport report, OffsetDateTime now) {
    if (report.status == CaseStatus.UNDER_INVESTIGATION && report.finding == null && report.subjectId != null
        && report.statementDueAt == null) {
      report.statementDueAt = IsoDurations.plus(now, properties.statementDeadline());
    }
  }

  /** When the immediate action of the Chief falls due, asked for now (§V.B). */
  OffsetDateTime immediateActionDue() {
    return IsoDurations.plus(OffsetDateTime.now(clock), properties.immediateActionDeadline());
  }

  /** An investigator took the case: the reporter hears that it is assigned (CALEA 52.2.4). */
  @Transactional
  public void assignInvestigator(long reportId, String investigatorId) {
    ViolationReport report = get(reportId);
    if (investigatorId == null || investigatorId.equals(report.investigatorId)) {
      return;
    }
    boolean first = report.investigatorId == null;
    report.investigatorId = investigatorId;
    if (first) {
      notices.tell(report, CorrespondenceKind.STATUS, "An investigator of " + conflicts.investigatingOffice(report)
          + " is assigned to your report "
          + report.caseNumber + ". The investigation is due by " + DAY.format(report.investigationDueAt) + ".");
    }
    reports.save(report);
  }

  /** The investigator asks the reporter a question; returns when it lapses unanswered. */
  @Transactional
  public OffsetDateTime askReporter(long reportId, String question) {
    ViolationReport report = get(reportId);
    String text = FormValues.required(question, "The question for the reporter");
    report.write(CorrespondenceKind.QUESTION, text, OffsetDateTime.now(clock));
    reports.save(report);
    return IsoDurations.plus(OffsetDateTime.now(clock), properties.questionDeadline());
  }

  /** The named reporter answers the investigator's question in Tasklist. */
  @Transactional
  public void recordAnswer(long reportId, String actor, String answer) {
    if (!actor.equals(get(reportId).reporterId)) {
      throw new InvalidInputException("Only the reporter answers the investigator's question.");
    }
    recordAnswer(reportId, answer);
  }

  /** The reporter's answer (an anonymous reporter's comes through the receipt-code page). */
  @Transactional
  public void recordAnswer(long reportId, String answer) {
    ViolationReport report = get(reportId);
    report.write(CorrespondenceKind.ANSWER, FormValues.required(answer, "Your answer"), OffsetDateTime.now(clock));
    reports.save(report);
  }

  /** The investigator asks the Chief for more time; the request must say why and how long. */
  public void requestExtension(String reason, String duration) {
    FormValues.required(reason, "The reason for the extension");
    extensionLength(duration);
  }

  /** The Chief approves (the due date moves by the duration) or refuses an extension, with a reason. */
  @Transactional
  public ViolationReport decideExtension(long reportId, String actor, Boolean approved, String reason, String duration) {
    ViolationReport report = get(reportId);
    // The Chief of Police; the outside authority when the Chief is a party (CaseConflicts).
    conflicts.requireMayAct(actor, CaseConflicts.Step.EXTENSION, report);
    if (approved == null) {
      throw new InvalidInputException("Approve or refuse the extension.");
    }
    FormValues.required(reason, "The reason for the decision on the extension");
    if (approved) {
      report.investigationDueAt = IsoDurations.plus(report.investigationDueAt, extensionLength(duration));
      notices.tell(report, CorrespondenceKind.STATUS, "The investigation of your report " + report.caseNumber
          + " was extended; it is now due by " + DAY.format(report.investigationDueAt) + ".");
    }
    return reports.save(report);
  }

  /**
   * The investigation ran past its deadline: the reporter is told, once per deadline (the timer fires
   * again each time the investigator's task is re-entered after the date).
   */
  @Transactional
  public boolean noteOverdue(long reportId) {
    ViolationReport report = get(reportId);
    boolean alreadyTold = report.correspondence.stream().anyMatch(c -> c.kind() == CorrespondenceKind.OVERDUE
        && !c.writtenAt().isBefore(report.investigationDueAt));
    if (alreadyTold) {
      return false;
    }
    notices.tell(report, CorrespondenceKind.OVERDUE, "The investigation of your report " + report.caseNumber
        + " has taken longer than planned (due " + DAY.format(report.investigationDueAt) + "); it continues.");
    reports.save(report);
    return true;
  }

  /**
   * The investigator's finding (§V.B). A sustained finding names the employee, the clauses violated,
   * the nature and severity the discipline table reads; returns the employee's sustained findings in
   * the configured window before this one.
   */
  @Transactional
  public int recordFinding(long reportId, String actor, Finding finding, String violatedClauses, String nature,
      String severity) {
    ViolationReport report = get(reportId);
    // Internal Affairs; the Chief's group or the outside authority when it concerns them (CaseConflicts).
    conflicts.requireMayAct(actor, CaseConflicts.Step.INVESTIGATION, report);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (report.statementPending(now)) {
      throw new InvalidInputException("The employee concerned may answer the allegation with a written statement until "
          + DAY.format(report.statementDueAt) + " (§V.B due process); record the finding once they have answered "
          + "or that time has passed.");
    }
    int prior = 0;
    if (finding == Finding.SUSTAINED) {
      if (report.subjectId == null) {
        throw new InvalidInputException("A sustained finding needs the employee concerned; name them at triage "
            + "or close the case with another finding.");
      }
      report.clauses = PolicyClause.codes(PolicyClause.parse(violatedClauses, "The clauses violated"));
      report.violationNature = oneOf(nature, NATURES, "The nature of the violation");
      report.severity = oneOf(severity, SEVERITIES, "The severity");
      prior = reports.countBySubjectIdAndFindingAndFoundAtAfter(report.subjectId, Finding.SUSTAINED,
          IsoDurations.minus(now, properties.disciplineHistoryWindow()));
      report.status = CaseStatus.DISCIPLINE_PENDING;
    }
    report.finding = finding;
    report.foundAt = now;
    reports.save(report);
    return prior;
  }

  /**
   * The notice of allegation is issued (§V.B due process): only for a case whose record holds an accepted report
   * about a known employee, who has until {@link ViolationReport#statementDueAt()} to answer.
   */
  @Transactional
  public ViolationReport allegationNoticed(long reportId, String processInstanceId) {
    ViolationReport report = ofCase(reportId, processInstanceId, "a notice of allegation", r -> r.statementDueAt != null);
    report.allegationNoticedAt = OffsetDateTime.now(clock);
    return reports.save(report);
  }

  /**
   * The employee concerned answers the notice of allegation: a written statement, or that they give none. Only
   * within the time the notice gave: after it the investigation may already have found without them.
   */
  @Transactional
  public ViolationReport answerAllegation(long reportId, String actor, Boolean givingStatement, String statement) {
    ViolationReport report = get(reportId);
    if (!actor.equals(report.subjectId)) {
      throw new InvalidInputException("Only the employee concerned answers the notice of allegation.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!report.statementPending(now)) {
      throw new InvalidInputException("The time for a statement on this allegation ended on "
          + DAY.format(report.statementDueAt) + "; the investigation goes on without it.");
    }
    if (givingStatement == null) {
      throw new InvalidInputException("Give your written statement, or choose that you give no statement.");
    }
    if (givingStatement) {
      report.statementText = FormValues.required(statement, "Your statement");
      report.statementOutcome = StatementOutcome.GIVEN;
    } else if (FormValues.blankToNull(statement) != null) {
      throw new InvalidInputException("You chose to give no statement, but wrote one: choose to give it, or empty the "
          + "statement field.");
    } else {
      report.statementOutcome = StatementOutcome.DECLINED;
    }
    report.statementAt = now;
    return reports.save(report);
  }

  /** The statement deadline passed without an answer: the case records that none was given, and the finding may go on. */
  @Transactional
  public ViolationReport statementNotGiven(long reportId) {
    ViolationReport report = get(reportId);
    if (report.statementOutcome == null) {
      report.statementOutcome = StatementOutcome.NOT_GIVEN_IN_TIME;
      report.statementAt = OffsetDateTime.now(clock);
      reports.save(report);
    }
    return report;
  }

  /** A finding that closes the case: the reporter hears the disposition (CALEA 52.2.4). */
  @Transactional
  public ViolationReport closeWithoutDiscipline(long reportId, String processInstanceId) {
    ViolationReport report = ofCase(reportId, processInstanceId, "a notice of finding", ViolationCases::notSustained);
    report.close(CaseStatus.CLOSED, report.finding.meaning, OffsetDateTime.now(clock));
    notices.tell(report, CorrespondenceKind.DISPOSITION, "The investigation of your report " + report.caseNumber
        + " is complete and the case is closed. Finding: " + report.finding.meaning + "."
        + (report.finding == Finding.POLICY_FAILURE ? " The policy will be reviewed." : ""));
    return reports.save(report);
  }

  /**
   * The Chief's decision on discipline (§V.B), first or final. Departing from the recommendation
   * needs a reason; suspension and termination become final only after the notice of intent. The final
   * decision never exceeds the measure the notice of intent announced: a harsher one is decided as a new
   * notice of intent ({@code newNoticeOfIntent}), with a new time to respond.
   */
  @Transactional
  public ViolationReport decideDiscipline(long reportId, String actor, String recommendation, Discipline discipline,
      String reason, String effectiveDate, boolean newNoticeOfIntent) {
    ViolationReport report = get(reportId);
    // The Chief of Police (§V.B); the outside authority when the Chief is a party (CaseConflicts).
    conflicts.requireMayAct(actor, CaseConflicts.Step.DISCIPLINE, report);
    requireNoticed(report.noticedDiscipline, discipline, newNoticeOfIntent);
    String why = FormValues.optional(reason, "The reason", FormValues.MAX_TEXT);
    if (!discipline.value.equals(recommendation) && why == null) {
      throw new InvalidInputException("The decision departs from the recommendation (" + Discipline.of(recommendation).title
          + "); give the reason.");
    }
    report.recommendation = recommendation;
    report.discipline = discipline;
    report.disciplineReason = why;
    report.decidedBy = actor;
    report.effectiveDate = effective(effectiveDate);
    return reports.save(report);
  }

  /** §V.B due process: what the employee was told is the most they face, unless they are told again. */
  private static void requireNoticed(Discipline noticed, Discipline discipline, boolean newNoticeOfIntent) {
    if (noticed == null) {
      if (newNoticeOfIntent) {
        throw new InvalidInputException("No notice of intent has been issued in this case yet: choose the discipline; "
            + "suspension and termination are announced with a notice of intent first.");
      }
    } else if (newNoticeOfIntent && !discipline.harsherThan(noticed)) {
      throw new InvalidInputException("A new notice of intent is for a measure harsher than the one noticed ("
          + noticed.title + "); " + discipline.title + " may be decided as final without one.");
    } else if (!newNoticeOfIntent && discipline.harsherThan(noticed)) {
      throw new InvalidInputException("The notice of intent announced " + noticed.title + "; " + discipline.title
          + " is harsher and needs a new notice of intent and a new time to respond (§V.B): choose to issue a new "
          + "notice of intent, or decide " + noticed.title + " or a lighter measure.");
    }
  }

  /** A notice of intent announced the decided measure: the final decision may not exceed it (§V.B). */
  @Transactional
  public void noticedOfIntent(ViolationReport report) {
    report.noticedDiscipline = report.discipline;
    reports.save(report);
  }

  /** When the employee's time to answer a notice of intent ends. */
  public OffsetDateTime responseDue() {
    return IsoDurations.plus(OffsetDateTime.now(clock), properties.responseDeadline());
  }

  /** The employee concerned answers the notice of intent (due process before suspension or termination). */
  public String recordResponse(long reportId, String actor, String response) {
    ViolationReport report = get(reportId);
    if (!actor.equals(report.subjectId)) {
      throw new InvalidInputException("Only the employee concerned answers a notice of intent.");
    }
    return FormValues.required(response, "Your response");
  }

  /** The discipline is final and noticed: the case closes and the reporter hears it was sustained. */
  @Transactional
  public ViolationReport closeWithDiscipline(long reportId, String processInstanceId) {
    ViolationReport report = ofCase(reportId, processInstanceId, "a discipline notice", ViolationCases::disciplineDecided);
    report.close(CaseStatus.CLOSED, report.finding.meaning, OffsetDateTime.now(clock));
    // The measure itself is a personnel record (§IV.E): the reporter learns the finding, not the discipline.
    notices.tell(report, CorrespondenceKind.DISPOSITION, "The investigation of your report " + report.caseNumber
        + " is complete: the violation was sustained and the department has taken action. The case is closed.");
    return reports.save(report);
  }

  /**
   * The notice's acknowledgement deadline passed without an answer: recorded as not acknowledged, and the
   * case closes (the notice was delivered; acknowledging it never was a condition of it, §V.B).
   */
  @Transactional
  public void noticeNotAcknowledged(long reportId) {
    ViolationReport report = get(reportId);
    if (report.noticeAnsweredAt == null) {
      report.noticeAcknowledged = false;
      report.noticeAnsweredAt = OffsetDateTime.now(clock);
      reports.save(report);
    }
  }

  /** The employee acknowledges the discipline notice, or refuses to; either is recorded (§V.B). */
  @Transactional
  public void answerNotice(long reportId, String actor, Boolean acknowledged) {
    ViolationReport report = get(reportId);
    if (!actor.equals(report.subjectId)) {
      throw new InvalidInputException("Only the employee concerned acknowledges the notice.");
    }
    if (acknowledged == null) {
      throw new InvalidInputException("Acknowledge the notice, or record that you refuse to acknowledge it.");
    }
    report.noticeAcknowledged = acknowledged;
    report.noticeAnsweredAt = OffsetDateTime.now(clock);
    reports.save(report);
  }

  /** The employee concerned read the notice of finding; only they may close that task. */
  public void noticeRead(long reportId, String actor) {
    if (!actor.equals(get(reportId).subjectId)) {
      throw new InvalidInputException("Only the employee concerned closes the notice of finding.");
    }
  }

  /** The employee concerned, named after receipt (at triage, or by the Chief directing a take-down). */
  String identified(ViolationReport report, String named) {
    return report.selfReported && named.equals(report.reporterId) ? employee(named) : concerned(named, report.reporterId);
  }

  /**
   * §V.C: someone else's report can never be turned against the person who made it; only a report
   * its reporter made about themselves (a self-report) names them.
   */
  String concerned(String subjectId, String reporterId) {
    if (subjectId.equals(reporterId)) {
      throw new InvalidInputException("A report cannot be turned against its own reporter (§V.C protects reporting); "
          + "to report your own posting, name yourself when you report.");
    }
    return employee(subjectId);
  }

  /** The employee concerned must be an employee, by user name. */
  String employee(String subjectId) {
    if (!roster.belongsTo(subjectId, Groups.EMPLOYEE)) {
      throw new InvalidInputException("\"" + subjectId + "\" is not an employee's user name.");
    }
    return subjectId;
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

  private String extensionLength(String duration) {
    String text = FormValues.required(duration, "How long the extension is (for example P14D)").toUpperCase();
    try {
      IsoDurations.require("The extension", text);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("The extension \"" + text + "\" is not a duration such as P14D or P1M.");
    }
    return text;
  }

  private static String oneOf(String value, Set<String> allowed, String what) {
    if (value == null || !allowed.contains(value)) {
      throw new InvalidInputException(what + " must be one of " + String.join(", ", List.copyOf(allowed).stream().sorted().toList()) + ".");
    }
    return value;
  }

  private LocalDate effective(String date) {
    if (date == null || date.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("The effective date \"" + date + "\" is not a date such as 2026-12-31.");
    }
  }
}
