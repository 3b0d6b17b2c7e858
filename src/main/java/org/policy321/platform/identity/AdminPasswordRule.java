package org.policy321.platform.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What the {@code prod} profile accepts as the administrator's password (ADMIN_PASSWORD): set, at
 * least {@value #MIN_LENGTH} characters, at least {@value #MIN_DISTINCT} different characters, and
 * not containing the administrator's user id. The sentences never repeat the password: they end up
 * in the log.
 */
final class AdminPasswordRule {

  static final int MIN_LENGTH = 12;
  static final int MIN_DISTINCT = 6;

  private AdminPasswordRule() {}

  /** Why {@code password} is not good enough for {@code userId}, or empty when it is. */
  static Optional<String> weakness(String userId, String password) {
    // An unset ADMIN_PASSWORD reaches us as the unresolved placeholder "${ADMIN_PASSWORD}".
    if (password == null || password.isBlank() || password.contains("${")) {
      return Optional.of("ADMIN_PASSWORD is not set, so the administrator account would have no real password.");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("ADMIN_PASSWORD has " + password.length() + " characters; the administrator's password needs"
          + " at least " + MIN_LENGTH + ".");
    }
    if (password.chars().distinct().count() < MIN_DISTINCT) {
      return Optional.of("ADMIN_PASSWORD repeats too few characters; it needs at least " + MIN_DISTINCT
          + " different ones.");
    }
    if (userId != null && password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
      return Optional.of("ADMIN_PASSWORD contains the administrator's user name (" + userId + ").");
    }
    return Optional.empty();
  }
}
