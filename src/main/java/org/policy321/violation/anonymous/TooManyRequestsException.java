package org.policy321.violation.anonymous;

import java.time.Instant;

/** A rate limit of the public report pages refused a request; the message says until when and what else to do. */
class TooManyRequestsException extends RuntimeException {

  private final Instant retryAt;

  TooManyRequestsException(String message, Instant retryAt) {
    super(message);
    this.retryAt = retryAt;
  }

  Instant retryAt() {
    return retryAt;
  }
}
