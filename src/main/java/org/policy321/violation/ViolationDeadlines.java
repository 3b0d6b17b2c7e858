package org.policy321.violation;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The deadlines bpmn/violation-report.bpmn reads from configuration: timers the durations
 * ({@code ${violationDeadlines.triage}}), tasks their due dates ({@code ${violationDeadlines.triageDue()}}).
 * Deadlines a person moves (the investigation's, extended by the Chief) stay date variables of the case.
 */
@Component(ViolationReporting.DEADLINES_BEAN)
public class ViolationDeadlines {

  private final TriageProperties triage;
  private final NoticeProperties notice;

  ViolationDeadlines(TriageProperties triage, NoticeProperties notice) {
    this.triage = triage;
    this.notice = notice;
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

  public Date triageDue() throws Exception {
    return dueIn(triage.deadline());
  }

  public Date noticeAcknowledgementDue() throws Exception {
    return dueIn(notice.acknowledgementDeadline());
  }

  /** On the engine's clock, as the timer computes its own due date. */
  private static Date dueIn(String duration) throws Exception {
    return new DurationHelper(duration, ClockUtil.getCurrentTime()).getDateAfter();
  }
}
