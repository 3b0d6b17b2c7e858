package org.policy321.removal;

import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * §III.R removal and review deadlines, from {@code policy.removal.*}, as ISO-8601 durations; and the
 * group that reviews an unremoved posting when its requester has no supervisor on the roster.
 */
@ConfigurationProperties("policy.removal")
public record RemovalProperties(String deadline, String reminderBefore, String reviewInterval, String reviewDeadline,
    @DefaultValue("chief") String fallbackReviewGroup) {

  public RemovalProperties {
    IsoDurations.require("policy.removal.deadline", deadline);
    IsoDurations.require("policy.removal.reminder-before", reminderBefore);
    IsoDurations.require("policy.removal.review-interval", reviewInterval);
    IsoDurations.require("policy.removal.review-deadline", reviewDeadline);
  }
}
