package org.policy321.removal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** §III.R removal and review deadlines, from {@code policy.removal.*}, as ISO-8601 durations. */
@ConfigurationProperties("policy.removal")
public record RemovalProperties(String deadline, String reminderBefore, String reviewInterval, String reviewDeadline) {}
