package org.policy321.violation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.GivenDeadline;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * §V.B: the Chief's (or a designee's) immediate action on a report that endangers the safety of others or
 * compromises a criminal investigation — asked for at receipt, in parallel with triage — and the take-down
 * it may direct, tracked to a verified end. No engine in here.
 */
@Service
public class ImmediateActions {

  /** Values of the employee's answer to a take-down. */
  public static final String REMOVED = "removed";
  public static final String CANNOT_REMOVE = "cannot-remove";
  /** Every answer there is; Tasklist's select offers exactly these (FormOptionsTest). */
  public static final List<String> TAKE_DOWN_ANSWERS = List.of(REMOVED, CANNOT_REMOVE);

  private final ViolationReportRepository reports;
  private final ViolationCases cases;
  private final CaseConflicts conflicts;
  private final ViolationProperties properties;
  private final Clock clock;

  ImmediateActions(ViolationReportRepository reports, ViolationCases cases, CaseConflicts conflicts,
      ViolationProperties properties, Clock clock) {
    this.reports = reports;
    this.cases = cases;
    this.conflicts = conflicts;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The Chief or a designee (designees and the outside authority when the Chief is a party) records what was
   * done, with a note. A take-down is directed to the employee concerned — named here when the report could
   * not name them — by the deadline given, or {@code policy.violation.take-down-deadline}.
   */
  @Transactional
  public ViolationReport record(long reportId, String actor, String action, String note, String identifiedSubject,
      String takeDownDeadline) {
    ViolationReport report = cases.get(reportId);
    conflicts.requireMayAct(actor, CaseConflicts.Step.IMMEDIATE_ACTION, report);
    ImmediateAction chosen = ImmediateAction.of(action);
    String why = FormValues.required(note, "What was done, and why");
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (chosen == ImmediateAction.TAKE_DOWN) {
      String named = FormValues.blankToNull(identifiedSubject);
      if (report.subjectId == null && named == null) {
        throw new InvalidInputException("A take-down is directed to the employee who posted it: name them (their user "
            + "name), or choose another action.");
      }
      if (report.subjectId == null) {
        report.identifySubject(cases.identified(report, named));
        // Named after the report was accepted: they too are told of the allegation (§V.B).
        cases.openStatement(report, now);
      }
      report.directTakeDown(report.subjectId, actor, why,
          GivenDeadline.resolve(takeDownDeadline, properties.takeDownDeadline(), now), now);
    }
    report.recordImmediateAction(chosen, why, actor, now);
    return reports.save(report);
  }

  /** The employee the take-down is directed to answers: removed, or cannot remove all of it (and why). */
  @Transactional
  public void answerTakeDown(long reportId, String actor, String answer, String note) {
    ViolationReport report = cases.get(reportId);
    if (!actor.equals(report.takeDownBy)) {
      throw new InvalidInputException("Only the employee the take-down is directed to answers it.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (REMOVED.equals(answer)) {
      report.noteTakeDown(TakeDownStep.Kind.REMOVED, actor, FormValues.optional(note, "The note", FormValues.MAX_TEXT), now);
    } else if (CANNOT_REMOVE.equals(answer)) {
      report.noteTakeDown(TakeDownStep.Kind.CANNOT_REMOVE, actor,
          FormValues.required(note, "What remains, and why you cannot remove it"), now);
    } else {
      throw new InvalidInputException("Answer that the posting is removed, or that you cannot remove all of it.");
    }
    reports.save(report);
  }

  /** The take-down's deadline passed without an answer. */
  @Transactional
  public void takeDownOverdue(long reportId) {
    ViolationReport report = cases.get(reportId);
    report.noteTakeDown(TakeDownStep.Kind.OVERDUE, null, null, OffsetDateTime.now(clock));
    reports.save(report);
  }

  /**
   * The Chief or a designee checks the posting: gone (the take-down ends), or still visible (directed again,
   * with what is visible and a new deadline). Returns the new deadline when directed again.
   */
  @Transactional
  public Optional<OffsetDateTime> verifyTakeDown(long reportId, String actor, Boolean gone, String note,
      String newDeadline) {
    ViolationReport report = cases.get(reportId);
    conflicts.requireMayAct(actor, CaseConflicts.Step.IMMEDIATE_ACTION, report);
    if (gone == null) {
      throw new InvalidInputException("Say whether the posting is gone.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (gone) {
      report.noteTakeDown(TakeDownStep.Kind.VERIFIED, actor, FormValues.optional(note, "The note", FormValues.MAX_TEXT), now);
      reports.save(report);
      return Optional.empty();
    }
    String visible = FormValues.required(note, "What is still visible");
    OffsetDateTime due = GivenDeadline.resolve(newDeadline, properties.takeDownDeadline(), now);
    report.noteTakeDown(TakeDownStep.Kind.STILL_VISIBLE, actor, visible, now);
    report.directTakeDown(report.takeDownBy, actor, visible, due, now);
    reports.save(report);
    return Optional.of(due);
  }
}
