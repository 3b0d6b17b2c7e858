package org.policy321.removal;

import org.springframework.stereotype.Component;

/** The review timers as the diagram reads them: {@code ${reviewDeadlines.interval}}, {@code ${reviewDeadlines.answer}}. */
@Component("reviewDeadlines")
public class ReviewDeadlines {

  private final RemovalProperties properties;

  ReviewDeadlines(RemovalProperties properties) {
    this.properties = properties;
  }

  public String getInterval() {
    return properties.reviewInterval();
  }

  public String getAnswer() {
    return properties.reviewDeadline();
  }
}
