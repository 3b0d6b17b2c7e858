package org.policy321.violation.anonymous;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public report page's guard against abuse (§V.A "anonymous page is protected against abuse"),
 * from {@code policy.violation.anonymous.*}: how many reports, and how many receipt-code look-ups,
 * the whole application accepts per time window — and, counted apart, how many it refuses.
 */
@ConfigurationProperties("policy.violation.anonymous")
public record AnonymousReportProperties(RateLimit rateLimit) {

  public AnonymousReportProperties {
    if (rateLimit == null) {
      throw new IllegalArgumentException("policy.violation.anonymous.rate-limit is required");
    }
  }

  /**
   * Accepted reports per {@code submissionWindow} and look-ups with a valid receipt code (status reads,
   * answers) per {@code lookupWindow}; refused reports per {@code refusedSubmissionWindow} and refused
   * look-ups (a wrong code, an answer with no open question) per {@code refusedLookupWindow}.
   */
  public record RateLimit(int submissions, Duration submissionWindow, int lookups, Duration lookupWindow,
      int refusedSubmissions, Duration refusedSubmissionWindow, int refusedLookups, Duration refusedLookupWindow) {

    public RateLimit {
      if (submissions < 1 || lookups < 1 || refusedSubmissions < 1 || refusedLookups < 1) {
        throw new IllegalArgumentException("policy.violation.anonymous.rate-limit.submissions, .lookups, "
            + ".refused-submissions and .refused-lookups must be at least 1");
      }
      for (Duration window : new Duration[] {submissionWindow, lookupWindow, refusedSubmissionWindow,
          refusedLookupWindow}) {
        if (window == null || window.isNegative() || window.isZero()) {
          throw new IllegalArgumentException("policy.violation.anonymous.rate-limit windows must be positive "
              + "ISO-8601 durations such as PT10M");
        }
      }
    }
  }
}
