package org.policy321.violation;

import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * §V.B: how long the employee concerned has to acknowledge (or refuse) a notice of finding or of discipline
 * ({@code policy.violation.notice.acknowledgement-deadline}); after it, the silence is recorded and the case closes.
 */
@ConfigurationProperties("policy.violation.notice")
public record NoticeProperties(String acknowledgementDeadline) {

  public NoticeProperties {
    IsoDurations.require("policy.violation.notice.acknowledgement-deadline", acknowledgementDeadline);
  }
}
