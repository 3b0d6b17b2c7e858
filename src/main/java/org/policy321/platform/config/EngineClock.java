package org.policy321.platform.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock is the engine's clock: dates on records and documents agree with the
 * engine's timers and history, also when a test moves the engine's clock forward.
 */
final class EngineClock extends Clock {

  private final ZoneId zone;

  EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static EngineClock utc() {
    return new EngineClock(ZoneOffset.UTC);
  }
}
