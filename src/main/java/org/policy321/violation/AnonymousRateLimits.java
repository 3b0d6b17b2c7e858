package org.policy321.violation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * The rate limits of the public report pages (issue 5: "a rate limit per time window that refuses
 * with a clear message instead of dropping reports silently"): one for reports, one for receipt-code
 * look-ups (status and answers), which slows anyone guessing codes.
 *
 * <p>The limits are global, not per sender. Keying them by IP address, session or cookie would mean
 * keeping, at least in memory, something that tells senders apart — exactly what §V.A's anonymous
 * reports and §V.C's protection of reporters forbid us to hold. The price: one flood uses up the
 * window for everybody, and a genuine sender is then refused (with the time to try again and the
 * other ways to report: a supervisor or Internal Affairs directly) rather than silently dropped.
 * A department under such a flood raises the limit or puts a proxy-level filter in front.
 */
@Component
class AnonymousRateLimits {

  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  private final WindowRateLimit submissions;
  private final WindowRateLimit lookups;
  private final ZoneId zone;

  AnonymousRateLimits(AnonymousReportProperties properties, Clock clock) {
    AnonymousReportProperties.RateLimit limit = properties.rateLimit();
    this.submissions = new WindowRateLimit(limit.submissions(), limit.submissionWindow(), clock);
    this.lookups = new WindowRateLimit(limit.lookups(), limit.lookupWindow(), clock);
    // The department's local time, which is the server's: the sender reads "try again after 14:30".
    this.zone = ZoneId.systemDefault();
  }

  void admitSubmission() {
    submissions.admit().ifPresent(retryAt -> {
      throw new TooManyRequestsException("Too many reports were sent in the last " + words(submissions.window())
          + "; try again after " + clockTime(retryAt) + ", or report to a supervisor or Internal Affairs directly.",
          retryAt);
    });
  }

  void admitLookup() {
    lookups.admit().ifPresent(retryAt -> {
      throw new TooManyRequestsException("Too many receipt codes were checked in the last "
          + words(lookups.window()) + "; try again after " + clockTime(retryAt) + ".", retryAt);
    });
  }

  /** "HH:mm" of the time the next request is admitted (rounded up to the minute, so "after" holds). */
  String clockTime(Instant at) {
    ZonedDateTime time = at.atZone(zone);
    ZonedDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
    return HOURS_MINUTES.format(minute.equals(time) ? minute : minute.plusMinutes(1));
  }

  static String words(Duration window) {
    if (window.toSeconds() % 3600 == 0) {
      return plural(window.toHours(), "hour");
    }
    if (window.toSeconds() % 60 == 0) {
      return plural(window.toMinutes(), "minute");
    }
    return plural(window.toSeconds(), "second");
  }

  private static String plural(long n, String unit) {
    return n == 1 ? unit : n + " " + unit + "s";
  }
}
