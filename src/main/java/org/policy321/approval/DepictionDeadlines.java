package org.policy321.approval;

import java.time.Clock;
import java.util.Date;
import org.policy321.platform.config.IsoDurations;
import org.springframework.stereotype.Component;

/**
 * The one place bpmn/depiction-approval.bpmn reads its deadlines (§III.R), from
 * {@code policy.depiction.*}: timers read the durations ({@code ${depictionDeadlines.decision}}), tasks
 * their due dates ({@code ${depictionDeadlines.decisionDue()}}), so a task shows the moment its timer fires.
 */
@Component(DepictionApproval.DEADLINES_BEAN)
public class DepictionDeadlines {

  private final DepictionProperties properties;
  private final Clock clock;

  DepictionDeadlines(DepictionProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
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

  public Date decisionDue() {
    return IsoDurations.dueIn(clock, properties.decisionDeadline());
  }

  public Date inquiryDue() {
    return IsoDurations.dueIn(clock, properties.inquiryDeadline());
  }

  public Date acknowledgementDue() {
    return IsoDurations.dueIn(clock, properties.acknowledgementDeadline());
  }

}
