package org.policy321.violation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Predicate;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Service;

/**
 * The register of violation cases (§V): finding a case, the rules of who may be named as the employee concerned
 * (§V.C), and the dates every stage reads. The stages are {@link CaseTriage}, {@link CaseInvestigation} and
 * {@link CaseDiscipline}; {@link ImmediateActions} is the Chief's. No engine in here.
 */
@Service
public class ViolationCases {

  private final ViolationReportRepository reports;
  private final Roster roster;
  private final ViolationProperties properties;
  private final Clock clock;

  ViolationCases(ViolationReportRepository reports, Roster roster, ViolationProperties properties, Clock clock) {
    this.reports = reports;
    this.roster = roster;
    this.properties = properties;
    this.clock = clock;
  }

  /** The case by its number (VR-year-sequence). */
  public Optional<ViolationReport> find(String caseNumber) {
    return reports.findByCaseNumber(caseNumber);
  }

  /** The anonymous report with this receipt handle (the public half of its receipt code). */
  public Optional<ViolationReport> byReceiptHandle(String receiptHandle) {
    return reports.findByReceiptHandle(receiptHandle);
  }

  /** The case the process instance of violation-report runs, if it is one. */
  public Optional<ViolationReport> ofProcessInstance(String processInstanceId) {
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
   * Due process (§V.B): an accepted report about a known employee — known at triage, or named later by the Chief
   * directing a take-down while the case is investigated — gives them until the statement deadline to answer the
   * allegation in writing. The time runs from now, not from the notice (an asynchronous step), so that no finding
   * slips in before the notice is out.
   */
  void openStatement(ViolationReport report, OffsetDateTime now) {
    report.openStatement(IsoDurations.plus(now, properties.statementDeadline()));
  }

  /** When the immediate action of the Chief falls due, asked for now (§V.B). */
  OffsetDateTime immediateActionDue() {
    return IsoDurations.plus(OffsetDateTime.now(clock), properties.immediateActionDeadline());
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
}
