package org.policy321.violation.anonymous;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * At most {@code limit} admissions in any {@code window} (a sliding log of the last admissions'
 * times, no more than {@code limit} of them). Global, on purpose: it counts requests, not senders —
 * see {@link AnonymousRateLimits} for why. Thread-safe; time comes from the application's clock so
 * tests can move it.
 */
final class WindowRateLimit {

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Deque<Instant> admitted = new ArrayDeque<>();

  WindowRateLimit(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  /** Admits one more and returns empty, or refuses and returns when the next one will be admitted. */
  synchronized Optional<Instant> admit() {
    Instant now = clock.instant();
    // Forget admissions that left the window, and any "from the future" after the clock was set back.
    admitted.removeIf(at -> !at.isAfter(now.minus(window)) || at.isAfter(now));
    if (admitted.size() >= limit) {
      return Optional.of(admitted.peekFirst().plus(window));
    }
    admitted.addLast(now);
    return Optional.empty();
  }

  /**
   * Takes one admission back: the work it was admitted for was refused after all, and refusals do not
   * use up this limit. The latest goes; which one does not matter, all are within the window.
   */
  synchronized void takeBack() {
    admitted.pollLast();
  }

  Duration window() {
    return window;
  }
}
