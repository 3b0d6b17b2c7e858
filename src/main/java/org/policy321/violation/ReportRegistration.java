package org.policy321.violation;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a report (§V.A), named or anonymous: numbers the case, finds the employee concerned,
 * routes it, flags possible retaliation (§V.C) and acknowledges receipt at once.
 */
@Service
public class ReportRegistration {

  private final ViolationReportRepository reports;
  private final ViolationCases cases;
  private final ReporterNotices notices;
  private final Roster roster;
  private final IdentityService identityService;
  private final ViolationProperties properties;
  private final CaseConflicts conflicts;
  private final EvidenceLocker evidence;
  private final Clock clock;

  ReportRegistration(ViolationReportRepository reports, ViolationCases cases, ReporterNotices notices, Roster roster,
      IdentityService identityService, ViolationProperties properties, CaseConflicts conflicts, EvidenceLocker evidence,
      Clock clock) {
    this.reports = reports;
    this.cases = cases;
    this.notices = notices;
    this.roster = roster;
    this.identityService = identityService;
    this.properties = properties;
    this.conflicts = conflicts;
    this.evidence = evidence;
    this.clock = clock;
  }

  /** Whether an employee reached the early-intervention threshold, and why. */
  public record EarlyIntervention(boolean reached, String reason) {}

  /**
   * @param reporterId the signed-in reporter of a named report, else null
   * @param receiptHandle the public handle of an anonymous report's receipt code, else null
   * @param receiptHash the slow hash of its secret part
   * @param referredBy the process instance that referred the case (an escalated removal), else null
   */
  @Transactional
  public ViolationReport register(String processInstanceId, String reporterId, ReportContent.Checked content,
      String receiptHandle, String receiptHash, String referredBy) {
    if ((reporterId != null ? 1 : 0) + (receiptHandle != null ? 1 : 0) + (referredBy != null ? 1 : 0) != 1) {
      throw new IllegalStateException("A report is named, anonymous with a receipt code, or referred by a process");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    String caseNumber = nextNumber(now.getYear());
    String named = identify(content.subject());
    // Purpose 4, §V.A: an employee may report their own posting (one made by mistake, say); it is marked so.
    boolean selfReported = reporterId != null && reporterId.equals(named);
    String subjectId = named == null ? null : selfReported ? cases.employee(named) : cases.concerned(named, reporterId);
    // §V.C: someone this employee reported earlier now reports them back.
    boolean retaliation = reporterId != null && subjectId != null && !selfReported
        && reports.existsByReporterIdAndSubjectId(subjectId, reporterId);
    ViolationReport report = ViolationReport.received(caseNumber, processInstanceId,
        new ViolationReport.Sender(reporterId, receiptHandle, receiptHash, referredBy), content, subjectId, selfReported,
        route(content.routeTo(), reporterId, subjectId), retaliation, now);
    if (content.endangers()) {
      // §V.B: the Chief's clock starts at receipt, whatever triage does.
      report.askImmediateAction(cases.immediateActionDue());
    }
    // Saved first: the notice's task finds its reporter in the case record.
    report = reports.save(report);
    // §V.A: the evidence is preserved as it came, with its SHA-256, from the moment the report is received.
    evidence.receive(report, content.evidence());
    notices.tell(report, CorrespondenceKind.RECEIPT, "Your report was received on "
        + now.toLocalDate() + " as case " + report.caseNumber + " and goes to "
        + (ViolationReporting.Routes.INTERNAL_AFFAIRS.equals(report.routedTo) ? conflicts.investigatingOffice(report)
            : "a supervisor")
        + " for triage. Thank you: good-faith reporting is protected (§V.C).");
    return reports.save(report);
  }

  /**
   * Early intervention: the employee concerned reached the configured count of reports (this one
   * included) or of sustained findings within the window.
   */
  public EarlyIntervention earlyIntervention(String subjectId) {
    if (subjectId == null) {
      return new EarlyIntervention(false, null);
    }
    ViolationProperties.EarlyIntervention threshold = properties.earlyIntervention();
    OffsetDateTime since = IsoDurations.minus(OffsetDateTime.now(clock), threshold.window());
    int received = reports.countBySubjectIdAndReceivedAtAfter(subjectId, since);
    int sustained = reports.countBySubjectIdAndFindingAndFoundAtAfter(subjectId, Finding.SUSTAINED, since);
    boolean reached = received >= threshold.reports() || sustained >= threshold.sustained();
    return new EarlyIntervention(reached, reached ? received + " reports and " + sustained
        + " sustained findings within " + threshold.window() + " (thresholds: " + threshold.reports()
        + " reports or " + threshold.sustained() + " sustained)." : null);
  }

  /** The employee named in the report: a user name, or "first last" of one member on the roster; else a description. */
  private String identify(String subject) {
    if (subject == null) {
      return null;
    }
    User byId = identityService.createUserQuery().userId(subject).singleResult();
    if (byId != null) {
      return byId.getId();
    }
    // By the roster's names: Camunda's user names are each user's own to change.
    String[] names = subject.split("\\s+");
    return names.length == 2 ? roster.userIdByName(names[0], names[1]).orElse(null) : null;
  }

  /**
   * Internal Affairs, or the supervisor chosen; conflicts of interest: a report about the supervisor it
   * would go to (or by them, naming themselves) goes to Internal Affairs instead, which CaseConflicts may
   * move on to the Chief's group or the outside authority.
   */
  private String route(String routeTo, String reporterId, String subjectId) {
    String supervisor = supervisor(routeTo, reporterId);
    if (supervisor.equals(subjectId) || supervisor.equals(reporterId)) {
      return ViolationReporting.Routes.INTERNAL_AFFAIRS;
    }
    return supervisor;
  }

  private String supervisor(String routeTo, String reporterId) {
    if (ViolationReporting.Routes.INTERNAL_AFFAIRS.equals(routeTo)) {
      return routeTo;
    }
    if (ViolationReporting.Routes.MY_SUPERVISOR.equals(routeTo)) {
      if (reporterId == null) {
        throw new InvalidInputException("An anonymous report goes to Internal Affairs or to a supervisor chosen by name.");
      }
      return roster.supervisorOf(reporterId).orElseThrow(() -> new InvalidInputException(
          "You have no supervisor on the roster; send the report to Internal Affairs."));
    }
    if (roster.belongsTo(routeTo, Groups.SUPERVISOR)) {
      return routeTo;
    }
    throw new InvalidInputException("Send the report to Internal Affairs or to a supervisor.");
  }

  /** The year's next case number; see ApprovalRegister for how two nodes share the counter. */
  private String nextNumber(int year) {
    if (reports.incrementSequence(year) == 0) {
      reports.startSequence(year);
    }
    return String.format("VR-%d-%04d", year, reports.currentSequence(year));
  }
}
