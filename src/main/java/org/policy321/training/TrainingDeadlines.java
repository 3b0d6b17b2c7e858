package org.policy321.training;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import org.policy321.platform.config.IsoDurations;
import org.springframework.stereotype.Component;

/**
 * The one place the training's and the annual review's timers come from ({@link SocialMediaTraining#DEADLINES_BEAN}):
 * {@code ${trainingDeadlines.hrEscalation(trainingDueAt)}} and {@code ${trainingDeadlines.annualReviewCycle}}; the
 * employee's due date itself is the variable {@code trainingDueAt}, set when the training is registered (§VI.A).
 */
@Component(SocialMediaTraining.DEADLINES_BEAN)
public class TrainingDeadlines {

  private final TrainingProperties properties;
  private final Clock clock;

  TrainingDeadlines(TrainingProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** When a training started now is due: now plus {@code policy.training.deadline}. */
  public OffsetDateTime dueFromNow() {
    return IsoDurations.plus(OffsetDateTime.now(clock), properties.deadline());
  }

  /** When an overdue training goes to HR as well: its due date plus {@code policy.training.escalate-to-hr-after}. */
  public Date hrEscalation(Date dueAt) {
    OffsetDateTime due = OffsetDateTime.ofInstant(dueAt.toInstant(), clock.getZone());
    return Date.from(IsoDurations.plus(due, properties.escalateToHrAfter()).toInstant());
  }

  /** The annual review's timer cycle ({@code policy.training.annual-review-cycle}). */
  public String getAnnualReviewCycle() {
    return properties.annualReviewCycle();
  }

  public String getDeadline() {
    return properties.deadline();
  }
}
