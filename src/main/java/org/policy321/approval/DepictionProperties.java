package org.policy321.approval;

import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * §III.R deadlines and §III.E upload limits, from {@code policy.depiction.*} in application.yaml.
 * Deadlines are ISO-8601 durations as BPMN timers read them (P5D, PT4H).
 */
@ConfigurationProperties("policy.depiction")
public record DepictionProperties(String decisionDeadline, String inquiryDeadline, String acknowledgementDeadline,
    long maxLayoutBytes) {

  public DepictionProperties {
    IsoDurations.require("policy.depiction.decision-deadline", decisionDeadline);
    IsoDurations.require("policy.depiction.inquiry-deadline", inquiryDeadline);
    IsoDurations.require("policy.depiction.acknowledgement-deadline", acknowledgementDeadline);
  }
}
