package org.policy321.posting;

import java.time.Clock;
import java.util.Date;
import org.policy321.platform.config.IsoDurations;
import org.springframework.stereotype.Component;

/**
 * The one place bpmn/official-post.bpmn reads its deadline, {@code policy.posting.review-deadline}: the review of an
 * urgent notice published at once — the timer reads the duration ({@code ${postingDeadlines.review}}), the task its
 * due date ({@code ${postingDeadlines.reviewDue()}}), so the task shows the moment its timer fires.
 */
@Component(OfficialPost.DEADLINES_BEAN)
public class PostingDeadlines {

  private final OfficialPostProperties properties;
  private final Clock clock;

  PostingDeadlines(OfficialPostProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public String getReview() {
    return properties.reviewDeadline();
  }

  public Date reviewDue() {
    return IsoDurations.dueIn(clock, properties.reviewDeadline());
  }
}
