package org.policy321.removal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.policy321.platform.config.IsoDurations;
import org.springframework.stereotype.Component;

/**
 * The one place the approval review's timers and due dates come from ({@link ApprovalReview#DEADLINES_BEAN}):
 * {@code ${reviewDeadlines.nextCheck(postingEndsAt)}}, {@code ${reviewDeadlines.postingEnded(postingEndsAt)}},
 * {@code ${reviewDeadlines.answer}} and {@code ${reviewDeadlines.answerDue()}}; from {@code policy.removal.*}
 * and the engine's clock (§III.R).
 */
@Component(ApprovalReview.DEADLINES_BEAN)
public class ReviewDeadlines {

  private final RemovalProperties properties;
  private final Clock clock;

  ReviewDeadlines(RemovalProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** How often an approval in force is reviewed (ISO-8601 duration). */
  public String getInterval() {
    return properties.reviewInterval();
  }

  /** How long the requester has to answer a review (ISO-8601 duration, the boundary timer of Confirm posting). */
  public String getAnswer() {
    return properties.reviewDeadline();
  }

  /** Confirm posting's due date: now plus {@link #getAnswer()}. */
  public Date answerDue() {
    return Date.from(IsoDurations.plus(now(), properties.reviewDeadline()).toInstant());
  }

  /** The next check: the earlier of the next periodic review (now plus the interval) and the end of the posting period. */
  public Date nextCheck(Date postingEndsAt) {
    Date review = Date.from(IsoDurations.plus(now(), properties.reviewInterval()).toInstant());
    return postingEndsAt != null && postingEndsAt.before(review) ? postingEndsAt : review;
  }

  /** The posting period is over (never for an open-ended posting, null). */
  public boolean postingEnded(Date postingEndsAt) {
    return postingEndsAt != null && !clock.instant().isBefore(postingEndsAt.toInstant());
  }

  /** The memo's last day of the posting, as the moment the period ends: the start of the next day (engine's zone). */
  public Date postingEndsAt(LocalDate postingUntil) {
    if (postingUntil == null) {
      return null;
    }
    Instant end = postingUntil.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    return Date.from(end);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
