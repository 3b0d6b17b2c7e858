package org.policy321.approval;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * §III.R deadlines and §III.E upload limits, from {@code policy.depiction.*} in application.yaml.
 * Deadlines are ISO-8601 durations as BPMN timers read them (P5D, PT4H).
 */
@ConfigurationProperties("policy.depiction")
public record DepictionProperties(String decisionDeadline, String inquiryDeadline, long maxLayoutBytes) {

  public DepictionProperties {
    requireIsoDuration("policy.depiction.decision-deadline", decisionDeadline);
    requireIsoDuration("policy.depiction.inquiry-deadline", inquiryDeadline);
  }

  /** Fails at start-up, naming the setting, rather than at the first timer. */
  static void requireIsoDuration(String key, String value) {
    try {
      if (value.contains("T")) {
        Duration.parse(value);
      } else {
        Period.parse(value);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as P5D or PT4H, not '" + value + "'", e);
    }
  }
}
