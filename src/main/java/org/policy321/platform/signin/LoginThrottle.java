package org.policy321.platform.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins per (user name, client address), in memory. Keyed by both so that someone guessing
 * a password slows down only themselves: the same user signs in from any other address meanwhile, and
 * no number of failures locks an account for good (the engine's own lock is off, see application.yaml).
 * Per node: each node of a cluster counts the attempts it sees. Thread-safe; time from the
 * application's clock.
 */
public class LoginThrottle {

  private final LoginThrottleProperties settings;
  private final Clock clock;
  private final Map<String, Failures> failures;

  public LoginThrottle(LoginThrottleProperties settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    // Access order: the least recently tried pair is dropped first once max-tracked are kept.
    this.failures = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
        return size() > settings.maxTracked();
      }
    };
  }

  /** How long the user must wait before trying from this address again, or empty when they may try now. */
  public synchronized Optional<Duration> wait(String userId, String address) {
    Failures pair = current(key(userId, address));
    if (pair == null || pair.blockedUntil == null || !clock.instant().isBefore(pair.blockedUntil)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(clock.instant(), pair.blockedUntil));
  }

  /** A wrong password (or unknown user) from this address; past the free failures, blocks the pair a while. */
  public synchronized void failed(String userId, String address) {
    String key = key(userId, address);
    Instant now = clock.instant();
    Failures pair = current(key);
    int count = pair == null ? 1 : pair.count + 1;
    Instant blockedUntil = count < settings.freeFailures() ? null : now.plus(delay(count - settings.freeFailures()));
    failures.put(key, new Failures(count, now, blockedUntil));
  }

  /** The right password: this user starts afresh from this address. */
  public synchronized void succeeded(String userId, String address) {
    failures.remove(key(userId, address));
  }

  synchronized int tracked() {
    return failures.size();
  }

  /** first-delay × 2^beyond, at most max-delay. */
  private Duration delay(int beyond) {
    Duration delay = settings.firstDelay();
    for (int i = 0; i < beyond && delay.compareTo(settings.maxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
  }

  /** The pair's failures, unless forgotten: none for forget-after (or the clock was set back before them). */
  private Failures current(String key) {
    Failures pair = failures.get(key);
    Instant now = clock.instant();
    if (pair != null && (now.isAfter(pair.lastFailure.plus(settings.forgetAfter())) || now.isBefore(pair.lastFailure))) {
      failures.remove(key);
      return null;
    }
    return pair;
  }

  /** User names compared without case: some identity stores match them so, and a variant must not start afresh. */
  private static String key(String userId, String address) {
    return userId.toLowerCase(Locale.ROOT) + '\n' + address;
  }

  private record Failures(int count, Instant lastFailure, Instant blockedUntil) {}
}
