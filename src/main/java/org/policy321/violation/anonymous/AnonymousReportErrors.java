package org.policy321.violation.anonymous;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals of the public report pages as {@code {"message": ...}}, which the pages show as text:
 * 400 for input the sender must correct, 429 when a rate limit is reached. Nothing is logged — a
 * refusal's message may quote what the sender typed.
 */
// Before platform/rest/ApiRefusalAnswer, which answers the same refusals in the shape of Camunda's REST errors.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AnonymousReportController.class)
class AnonymousReportErrors {

  private final Clock clock;

  AnonymousReportErrors(Clock clock) {
    this.clock = clock;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, String>> invalidInput(InvalidInputException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", refused.getMessage()));
  }

  /** A field with a value the form never sends (endangers=maybe): Spring's own answer would have no sentence. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> notAFormValue(MethodArgumentTypeMismatchException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", "The field \"" + refused.getName() + "\" has a value the"
        + " form does not offer. Reload the page and send it again; nothing was recorded."));
  }

  @ExceptionHandler(TooManyRequestsException.class)
  ResponseEntity<Map<String, String>> tooManyRequests(TooManyRequestsException refused) {
    long seconds = Math.max(1, Duration.between(clock.instant(), refused.retryAt()).toSeconds());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
        .body(Map.of("message", refused.getMessage()));
  }
}
