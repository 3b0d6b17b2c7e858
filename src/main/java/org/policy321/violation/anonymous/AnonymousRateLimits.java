package org.policy321.violation.anonymous;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.policy321.platform.forms.InvalidInputException;
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
 *
 * <p>The limits count accepted work only: a report that is refused (a missing field, a disguised file)
 * and a look-up that is refused (a wrong code, an answer with no open question) give their admission
 * back and count in a budget of their own. So nobody silences the channel for free with invalid posts
 * or made-up codes: beyond the refusal budget, refusals answer 429 (still saying what was wrong), while
 * complete reports and valid codes go on being accepted.
 */
@Component
class AnonymousRateLimits {

  private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

  private final WindowRateLimit submissions;
  private final WindowRateLimit lookups;
  private final WindowRateLimit refusedSubmissions;
  private final WindowRateLimit refusedLookups;
  private final ZoneId zone;

  AnonymousRateLimits(AnonymousReportProperties properties, Clock clock) {
    AnonymousReportProperties.RateLimit limit = properties.rateLimit();
    this.submissions = new WindowRateLimit(limit.submissions(), limit.submissionWindow(), clock);
    this.lookups = new WindowRateLimit(limit.lookups(), limit.lookupWindow(), clock);
    this.refusedSubmissions = new WindowRateLimit(limit.refusedSubmissions(), limit.refusedSubmissionWindow(), clock);
    this.refusedLookups = new WindowRateLimit(limit.refusedLookups(), limit.refusedLookupWindow(), clock);
    // The department's local time, which is the server's: the sender reads "try again after 14:30".
    this.zone = ZoneId.systemDefault();
  }

  /** Runs the report's submission, within the limits: accepted reports and refused ones each have their own. */
  <T> T submission(Supplier<T> submit) {
    return guarded(submissions, refusedSubmissions, submit, retryAt -> "Too many reports were sent in the last "
        + words(submissions.window()) + "; try again after " + clockTime(retryAt)
        + ", or report to a supervisor or Internal Affairs directly.",
        "(Too many reports were refused in the last " + words(refusedSubmissions.window())
        + "; correct the report and send it again: a complete report is still accepted.)");
  }

  /** Runs a look-up with a receipt code (status or answer), within the limits for valid and for refused ones. */
  <T> T lookup(Supplier<T> lookUp) {
    return guarded(lookups, refusedLookups, lookUp, retryAt -> "Too many receipt codes were checked in the last "
        + words(lookups.window()) + "; try again after " + clockTime(retryAt) + ".",
        "(Too many look-ups were refused in the last " + words(refusedLookups.window())
        + "; a valid receipt code still works.)");
  }

  private static <T> T guarded(WindowRateLimit accepted, WindowRateLimit refused, Supplier<T> work,
      Function<Instant, String> tooMany, String tooManyRefused) {
    accepted.admit().ifPresent(retryAt -> {
      throw new TooManyRequestsException(tooMany.apply(retryAt), retryAt);
    });
    try {
      return work.get();
    } catch (RuntimeException failed) {
      accepted.takeBack();
      if (failed instanceof InvalidInputException refusal) {
        refused.admit().ifPresent(retryAt -> {
          throw new TooManyRequestsException(refusal.getMessage() + " " + tooManyRefused, retryAt);
        });
      }
      throw failed;
    }
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
