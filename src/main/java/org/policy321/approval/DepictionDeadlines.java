package org.policy321.approval;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one place bpmn/depiction-approval.bpmn reads its deadlines (§III.R), from
 * {@code policy.depiction.*}: timers read the durations ({@code ${depictionDeadlines.decision}}), tasks
 * their due dates ({@code ${depictionDeadlines.decisionDue()}}), so a task shows the moment its timer fires.
 */
@Component(DepictionApproval.DEADLINES_BEAN)
public class DepictionDeadlines {

  private final DepictionProperties properties;

  DepictionDeadlines(DepictionProperties properties) {
    this.properties = properties;
  }

  /** Decide on memo: escalated after this. */
  public String getDecision() {
    return properties.decisionDeadline();
  }

  /** Answer inquiry: the request lapses after this. */
  public String getInquiry() {
    return properties.inquiryDeadline();
  }

  /** Acknowledge approval copy: the requester is reminded after this. */
  public String getAcknowledgement() {
    return properties.acknowledgementDeadline();
  }

  public Date decisionDue() throws Exception {
    return dueIn(properties.decisionDeadline());
  }

  public Date inquiryDue() throws Exception {
    return dueIn(properties.inquiryDeadline());
  }

  public Date acknowledgementDue() throws Exception {
    return dueIn(properties.acknowledgementDeadline());
  }

  /** On the engine's clock, as the timer computes its own due date. */
  private static Date dueIn(String duration) throws Exception {
    return new DurationHelper(duration, ClockUtil.getCurrentTime()).getDateAfter();
  }
}
