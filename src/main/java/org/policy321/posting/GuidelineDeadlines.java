package org.policy321.posting;

import java.time.Clock;
import java.util.Date;
import org.policy321.platform.config.IsoDurations;
import org.springframework.stereotype.Component;

/**
 * Where bpmn/content-guideline-acknowledgement.bpmn reads its deadline (§I.B), from
 * {@code policy.posting.guideline-acknowledgement-deadline}: the reminder's timer the duration
 * ({@code ${guidelineDeadlines.acknowledgement}}), the task its due date ({@code ${guidelineDeadlines.acknowledgementDue()}}),
 * so that Tasklist shows the moment the poster is reminded.
 */
@Component(ContentGuidelineAcknowledgement.DEADLINES_BEAN)
public class GuidelineDeadlines {

  private final PostingOversightProperties properties;
  private final Clock clock;

  GuidelineDeadlines(PostingOversightProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** Acknowledge content guidelines: the poster is reminded after this. */
  public String getAcknowledgement() {
    return properties.guidelineAcknowledgementDeadline();
  }

  public Date acknowledgementDue() {
    return IsoDurations.dueIn(clock, properties.guidelineAcknowledgementDeadline());
  }
}
