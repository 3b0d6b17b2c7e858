package org.policy321.violation;

import java.time.Clock;
import java.util.Date;
import org.policy321.platform.config.IsoDurations;
import org.springframework.stereotype.Component;

/**
 * The deadlines bpmn/violation-report.bpmn reads from configuration: timers the durations
 * ({@code ${violationDeadlines.triage}}), tasks their due dates ({@code ${violationDeadlines.triageDue()}}).
 * Deadlines a person moves (the investigation's, extended by the Chief) stay date variables of the case.
 */
@Component(ViolationReporting.DEADLINES_BEAN)
public class ViolationDeadlines {

  private final ViolationProperties.Triage triage;
  private final ViolationProperties.Notice notice;
  private final String immediateAction;
  private final Clock clock;

  ViolationDeadlines(ViolationProperties properties, Clock clock) {
    this.triage = properties.triage();
    this.notice = properties.notice();
    this.immediateAction = properties.immediateActionDeadline();
    this.clock = clock;
  }

  /** Triage report: escalated after this. */
  public String getTriage() {
    return triage.deadline();
  }

  /** Triage report: its holder is reminded after this. */
  public String getTriageReminder() {
    return triage.reminderAfter();
  }

  /** Read finding notice, Acknowledge discipline: closed as not acknowledged after this. */
  public String getNoticeAcknowledgement() {
    return notice.acknowledgementDeadline();
  }

  public Date triageDue() {
    return IsoDurations.dueIn(clock, triage.deadline());
  }

  /** Verify take-down: as urgent as the immediate action that directed it (§V.B). */
  public Date immediateActionDue() {
    return IsoDurations.dueIn(clock, immediateAction);
  }

  public Date noticeAcknowledgementDue() {
    return IsoDurations.dueIn(clock, notice.acknowledgementDeadline());
  }

}
