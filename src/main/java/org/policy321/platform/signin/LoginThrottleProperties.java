package org.policy321.platform.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are slowed down ({@code policy.security.login-throttle}), per user name and
 * client address: {@code free-failures} wrong passwords are answered as such; each further one blocks
 * that user from that address for {@code first-delay}, doubling up to {@code max-delay}. A pair with
 * no failure for {@code forget-after} is forgotten, a success forgets it at once, and at most
 * {@code max-tracked} pairs are kept (the least recently used go first).
 */
@ConfigurationProperties("policy.security.login-throttle")
public record LoginThrottleProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("5") int freeFailures,
    @DefaultValue("PT30S") Duration firstDelay,
    @DefaultValue("PT15M") Duration maxDelay,
    @DefaultValue("PT1H") Duration forgetAfter,
    @DefaultValue("10000") int maxTracked) {

  public LoginThrottleProperties {
    if (freeFailures < 1 || maxTracked < 1) {
      throw new IllegalArgumentException("policy.security.login-throttle: free-failures and max-tracked must be"
          + " at least 1.");
    }
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
        || forgetAfter.compareTo(maxDelay) < 0) {
      throw new IllegalArgumentException("policy.security.login-throttle: need 0 < first-delay <= max-delay <="
          + " forget-after.");
    }
  }
}
