package org.policy321.platform.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves. */
class LoginThrottleTest {

  private static final String HERE = "203.0.113.7";
  private static final String ELSEWHERE = "198.51.100.9";

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(
      new LoginThrottleProperties(true, 3, Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofHours(1), 100),
      clock);

  @Test
  void freeFailuresAreNotDelayedThenEachFurtherFailureDoublesTheDelayUpToTheMaximum() {
    throttle.failed("admin", HERE);
    throttle.failed("admin", HERE);
    assertThat(throttle.wait("admin", HERE)).isEmpty();

    throttle.failed("admin", HERE); // the third: blocked
    assertThat(throttle.wait("admin", HERE)).contains(Duration.ofSeconds(30));
    clock.move(Duration.ofSeconds(30));
    assertThat(throttle.wait("admin", HERE)).as("the wait is over").isEmpty();

    throttle.failed("admin", HERE);
    assertThat(throttle.wait("admin", HERE)).contains(Duration.ofSeconds(60));
    clock.move(Duration.ofSeconds(60));
    throttle.failed("admin", HERE);
    assertThat(throttle.wait("admin", HERE)).contains(Duration.ofMinutes(2));
    clock.move(Duration.ofMinutes(2));
    throttle.failed("admin", HERE);
    assertThat(throttle.wait("admin", HERE)).as("capped at max-delay").contains(Duration.ofMinutes(2));
  }

  @Test
  void onlyThatUserFromThatAddressWaits() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("admin", HERE);
    }
    assertThat(throttle.wait("admin", HERE)).isPresent();
    assertThat(throttle.wait("ADMIN", HERE)).as("a spelling variant of the user is the same user").isPresent();
    assertThat(throttle.wait("admin", ELSEWHERE)).isEmpty();
    assertThat(throttle.wait("employee", HERE)).isEmpty();
  }

  @Test
  void aRightPasswordOrAnHourWithoutFailuresStartsAfresh() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("admin", HERE);
      throttle.failed("chief", HERE);
    }
    throttle.succeeded("admin", HERE);
    assertThat(throttle.wait("admin", HERE)).isEmpty();

    clock.move(Duration.ofHours(1).plusSeconds(1));
    throttle.failed("chief", HERE);
    assertThat(throttle.wait("chief", HERE)).as("one failure after the old ones were forgotten").isEmpty();
  }

  @Test
  void keepsAtMostMaxTrackedPairsDroppingTheLeastRecentlyTried() {
    LoginThrottle small = new LoginThrottle(
        new LoginThrottleProperties(true, 1, Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofHours(1), 3),
        clock);
    for (int i = 0; i < 1000; i++) {
      small.failed("user" + i, HERE);
    }
    assertThat(small.tracked()).isEqualTo(3);
    assertThat(small.wait("user999", HERE)).isPresent();
    assertThat(small.wait("user0", HERE)).isEmpty();
  }

  @Test
  void refusesSettingsThatMakeNoSense() {
    assertThatThrownBy(() -> new LoginThrottleProperties(true, 0, Duration.ofSeconds(30), Duration.ofMinutes(2),
        Duration.ofHours(1), 3)).hasMessageContaining("free-failures");
    assertThatThrownBy(() -> new LoginThrottleProperties(true, 5, Duration.ofMinutes(30), Duration.ofMinutes(2),
        Duration.ofHours(1), 3)).hasMessageContaining("first-delay <= max-delay");
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
