package org.policy321.violation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the finding (§V.B): closing without discipline, the Chief's decision on discipline with due process
 * (notice of intent, response, nothing harsher than noticed), the discipline notice and its acknowledgement.
 * No engine in here.
 */
@Service
public class CaseDiscipline {

  private final ViolationReportRepository reports;
  private final ReporterNotices notices;
  private final ViolationProperties properties;
  private final CaseConflicts conflicts;
  private final Clock clock;
  private final ViolationCases cases;
  private final ApplicationEventPublisher events;

  CaseDiscipline(ViolationReportRepository reports, ReporterNotices notices, ViolationProperties properties,
      CaseConflicts conflicts, Clock clock, ViolationCases cases, ApplicationEventPublisher events) {
    this.events = events;
    this.reports = reports;
    this.notices = notices;
    this.properties = properties;
    this.conflicts = conflicts;
    this.clock = clock;
    this.cases = cases;
  }

  /** A finding that closes the case: the reporter hears the disposition (CALEA 52.2.4). */
  @Transactional
  public ViolationReport closeWithoutDiscipline(long reportId, String processInstanceId) {
    ViolationReport report = cases.ofCase(reportId, processInstanceId, "a notice of finding", ViolationCases::notSustained);
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
    ViolationReport report = cases.get(reportId);
    // The Chief of Police (§V.B); the outside authority when the Chief is a party (CaseConflicts).
    conflicts.requireMayAct(actor, CaseConflicts.Step.DISCIPLINE, report);
    requireNoticed(report.noticedDiscipline, discipline, newNoticeOfIntent);
    String why = FormValues.optional(reason, "The reason", FormValues.MAX_TEXT);
    if (!discipline.value.equals(recommendation) && why == null) {
      throw new InvalidInputException("The decision departs from the recommendation (" + Discipline.of(recommendation).title
          + "); give the reason.");
    }
    report.decideDiscipline(recommendation, discipline, why, actor, effective(effectiveDate));
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
    report.noticeIntent();
    reports.save(report);
  }

  /** When the employee's time to answer a notice of intent ends. */
  public OffsetDateTime responseDue() {
    return IsoDurations.plus(OffsetDateTime.now(clock), properties.responseDeadline());
  }

  /** The employee concerned answers the notice of intent (due process before suspension or termination). */
  public String recordResponse(long reportId, String actor, String response) {
    ViolationReport report = cases.get(reportId);
    if (!actor.equals(report.subjectId)) {
      throw new InvalidInputException("Only the employee concerned answers a notice of intent.");
    }
    return FormValues.required(response, "Your response");
  }

  /** The discipline is final and noticed: the case closes and the reporter hears it was sustained. */
  @Transactional
  public ViolationReport closeWithDiscipline(long reportId, String processInstanceId) {
    ViolationReport report = cases.ofCase(reportId, processInstanceId, "a discipline notice", ViolationCases::disciplineDecided);
    report.close(CaseStatus.CLOSED, report.finding.meaning, OffsetDateTime.now(clock));
    // The measure itself is a personnel record (§IV.E): the reporter learns the finding, not the discipline.
    notices.tell(report, CorrespondenceKind.DISPOSITION, "The investigation of your report " + report.caseNumber
        + " is complete: the violation was sustained and the department has taken action. The case is closed.");
    ViolationReport saved = reports.save(report);
    if (saved.discipline == Discipline.TRAINING_REFERRAL) {
      events.publishEvent(new ReferredForTraining(saved.caseNumber, saved.subjectId));
    }
    return saved;
  }

  /**
   * The notice's acknowledgement deadline passed without an answer: recorded as not acknowledged, and the
   * case closes (the notice was delivered; acknowledging it never was a condition of it, §V.B).
   */
  @Transactional
  public void noticeNotAcknowledged(long reportId) {
    ViolationReport report = cases.get(reportId);
    if (report.noticeAnsweredAt == null) {
      report.answerNotice(false, OffsetDateTime.now(clock));
      reports.save(report);
    }
  }

  /** The employee acknowledges the discipline notice, or refuses to; either is recorded (§V.B). */
  @Transactional
  public void answerNotice(long reportId, String actor, Boolean acknowledged) {
    ViolationReport report = cases.get(reportId);
    if (!actor.equals(report.subjectId)) {
      throw new InvalidInputException("Only the employee concerned acknowledges the notice.");
    }
    if (acknowledged == null) {
      throw new InvalidInputException("Acknowledge the notice, or record that you refuse to acknowledge it.");
    }
    report.answerNotice(acknowledged, OffsetDateTime.now(clock));
    reports.save(report);
  }

  /** The employee concerned read the notice of finding; only they may close that task. */
  public void noticeRead(long reportId, String actor) {
    if (!actor.equals(cases.get(reportId).subjectId)) {
      throw new InvalidInputException("Only the employee concerned closes the notice of finding.");
    }
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
