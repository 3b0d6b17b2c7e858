package org.policy321.posting;

import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the department keeps its official presence in order, from {@code policy.posting.*} (ISO-8601 durations): how
 * long a poster has to acknowledge a new version of the content guidelines before being reminded (§I.B), how often
 * each official account's checklist is confirmed again by its overseer (§I.D, §VI.B), and how long the overseer has
 * to confirm it once the review is due before they are reminded.
 */
@ConfigurationProperties("policy.posting")
record PostingOversightProperties(String guidelineAcknowledgementDeadline, String accountReviewInterval,
    String accountChecklistDeadline) {

  PostingOversightProperties {
    IsoDurations.require("policy.posting.guideline-acknowledgement-deadline", guidelineAcknowledgementDeadline);
    IsoDurations.require("policy.posting.account-review-interval", accountReviewInterval);
    IsoDurations.require("policy.posting.account-checklist-deadline", accountChecklistDeadline);
  }
}
