package org.policy321.approval;

import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The deadlines as the diagram reads them: {@code ${depictionDeadlines.decision}} in timer
 * definitions, {@code ${depictionDeadlines.decisionDue()}} as the decision task's due date.
 */
@Component("depictionDeadlines")
public class DepictionDeadlines {

  private final DepictionProperties properties;

  DepictionDeadlines(DepictionProperties properties) {
    this.properties = properties;
  }

  public String getDecision() {
    return properties.decisionDeadline();
  }

  public String getInquiry() {
    return properties.inquiryDeadline();
  }

  /** The decision's due date on the engine's clock, so Tasklist shows when escalation comes. */
  public Date decisionDue() throws Exception {
    return new DurationHelper(properties.decisionDeadline(), ClockUtil.getCurrentTime()).getDateAfter();
  }
}
