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

  ViolationDeadlines(TriageProperties triage) {
    this.triage = triage;
  }

  /** Triage report: escalated after this. */
  public String getTriage() {
    return triage.deadline();
  }

  /** Triage report: its holder is reminded after this. */
  public String getTriageReminder() {
    return triage.reminderAfter();
  }

  public Date triageDue() throws Exception {
    return new DurationHelper(triage.deadline(), ClockUtil.getCurrentTime()).getDateAfter();
  }
}
