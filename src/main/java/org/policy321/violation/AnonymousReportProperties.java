package org.policy321.violation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public report page's guard against abuse (§V.A "anonymous page is protected against abuse"),
 * from {@code policy.violation.anonymous.*}: how many reports, and how many receipt-code look-ups,
 * the whole application accepts per time window.
 */
@ConfigurationProperties("policy.violation.anonymous")
public record AnonymousReportProperties(RateLimit rateLimit) {

  public AnonymousReportProperties {
    if (rateLimit == null) {
      throw new IllegalArgumentException("policy.violation.anonymous.rate-limit is required");
    }
  }

  /** Reports per {@code submissionWindow}; status reads and answers (look-ups) per {@code lookupWindow}. */
  public record RateLimit(int submissions, Duration submissionWindow, int lookups, Duration lookupWindow) {

    public RateLimit {
      if (submissions < 1 || lookups < 1) {
        throw new IllegalArgumentException(
            "policy.violation.anonymous.rate-limit.submissions and .lookups must be at least 1");
      }
      if (submissionWindow == null || submissionWindow.isNegative() || submissionWindow.isZero()
          || lookupWindow == null || lookupWindow.isNegative() || lookupWindow.isZero()) {
        throw new IllegalArgumentException("policy.violation.anonymous.rate-limit windows must be positive "
            + "ISO-8601 durations such as PT10M");
      }
    }
  }
}
