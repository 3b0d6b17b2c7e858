package org.policy321.violation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investigation of an accepted case (§V.A, §V.B): the investigator, questions to the reporter, extensions,
 * the deadline, the employee's answer to the notice of allegation, and the finding. No engine in here.
 */
@Service
public class CaseInvestigation {

  /** The natures of a violation the discipline table reads; Tasklist's select offers exactly these. */
  public static final Set<String> NATURES = Set.of("endangers", "confidential", "harassment", "image", "conduct");
  /** The severities the discipline table reads; Tasklist's select offers exactly these (FormOptionsTest). */
  public static final Set<String> SEVERITIES = Set.of("minor", "serious", "grave");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy");

  private final ViolationReportRepository reports;
  private final ReporterNotices notices;
  private final ViolationProperties properties;
  private final CaseConflicts conflicts;
  private final Clock clock;
  private final ViolationCases cases;

  CaseInvestigation(ViolationReportRepository reports, ReporterNotices notices, ViolationProperties properties,
      CaseConflicts conflicts, Clock clock, ViolationCases cases) {
    this.reports = reports;
    this.notices = notices;
    this.properties = properties;
    this.conflicts = conflicts;
    this.clock = clock;
    this.cases = cases;
  }

  /** An investigator took the case: the reporter hears that it is assigned (CALEA 52.2.4). */
  @Transactional
  public void assignInvestigator(long reportId, String investigatorId) {
    ViolationReport report = cases.get(reportId);
    if (investigatorId == null || investigatorId.equals(report.investigatorId)) {
      return;
    }
    boolean first = report.investigatorId == null;
    report.assignInvestigator(investigatorId);
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
    ViolationReport report = cases.get(reportId);
    String text = FormValues.required(question, "The question for the reporter");
    report.write(CorrespondenceKind.QUESTION, text, OffsetDateTime.now(clock));
    reports.save(report);
    return IsoDurations.plus(OffsetDateTime.now(clock), properties.questionDeadline());
  }

  /** The named reporter answers the investigator's question in Tasklist. */
  @Transactional
  public void recordAnswer(long reportId, String actor, String answer) {
    if (!actor.equals(cases.get(reportId).reporterId)) {
      throw new InvalidInputException("Only the reporter answers the investigator's question.");
    }
    recordAnswer(reportId, answer);
  }

  /** The reporter's answer (an anonymous reporter's comes through the receipt-code page). */
  @Transactional
  public void recordAnswer(long reportId, String answer) {
    ViolationReport report = cases.get(reportId);
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
    ViolationReport report = cases.get(reportId);
    // The Chief of Police; the outside authority when the Chief is a party (CaseConflicts).
    conflicts.requireMayAct(actor, CaseConflicts.Step.EXTENSION, report);
    if (approved == null) {
      throw new InvalidInputException("Approve or refuse the extension.");
    }
    FormValues.required(reason, "The reason for the decision on the extension");
    if (approved) {
      report.extendInvestigation(IsoDurations.plus(report.investigationDueAt, extensionLength(duration)));
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
    ViolationReport report = cases.get(reportId);
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
    ViolationReport report = cases.get(reportId);
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
      report.sustain(PolicyClause.codes(PolicyClause.parse(violatedClauses, "The clauses violated")),
          oneOf(nature, NATURES, "The nature of the violation"), oneOf(severity, SEVERITIES, "The severity"));
      prior = reports.countBySubjectIdAndFindingAndFoundAtAfter(report.subjectId, Finding.SUSTAINED,
          IsoDurations.minus(now, properties.disciplineHistoryWindow()));
    }
    report.find(finding, now);
    reports.save(report);
    return prior;
  }

  /**
   * The notice of allegation is issued (§V.B due process): only for a case whose record holds an accepted report
   * about a known employee, who has until {@link ViolationReport#statementDueAt()} to answer.
   */
  @Transactional
  public ViolationReport allegationNoticed(long reportId, String processInstanceId) {
    ViolationReport report = cases.ofCase(reportId, processInstanceId, "a notice of allegation", r -> r.statementDueAt != null);
    report.allegationNoticed(OffsetDateTime.now(clock));
    return reports.save(report);
  }

  /**
   * The employee concerned answers the notice of allegation: a written statement, or that they give none. Only
   * within the time the notice gave: after it the investigation may already have found without them.
   */
  @Transactional
  public ViolationReport answerAllegation(long reportId, String actor, Boolean givingStatement, String statement) {
    ViolationReport report = cases.get(reportId);
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
      report.answerAllegation(StatementOutcome.GIVEN, FormValues.required(statement, "Your statement"), now);
    } else if (FormValues.blankToNull(statement) != null) {
      throw new InvalidInputException("You chose to give no statement, but wrote one: choose to give it, or empty the "
          + "statement field.");
    } else {
      report.answerAllegation(StatementOutcome.DECLINED, null, now);
    }
    return reports.save(report);
  }

  /** The statement deadline passed without an answer: the case records that none was given, and the finding may go on. */
  @Transactional
  public ViolationReport statementNotGiven(long reportId) {
    ViolationReport report = cases.get(reportId);
    if (report.statementOutcome == null) {
      report.answerAllegation(StatementOutcome.NOT_GIVEN_IN_TIME, null, OffsetDateTime.now(clock));
      reports.save(report);
    }
    return report;
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
}
