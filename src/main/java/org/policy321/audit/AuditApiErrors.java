package org.policy321.audit;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Malformed parameters of the auditors' {@code /api} as {@code {"type": ..., "message": ...}}, the shape of Camunda's
 * REST errors; their refusals ({@link AuditRefusal}) are answered by platform/rest/ApiRefusalAnswer.
 */
@RestControllerAdvice(basePackages = "org.policy321.audit")
class AuditApiErrors {

  record ApiError(String type, String message) {}

  /** A date that is no date ({@code ?from=yesterday}). */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> malformed(MethodArgumentTypeMismatchException refusal) {
    return answer(HttpStatus.BAD_REQUEST, "\"" + refusal.getValue() + "\" is not a valid " + refusal.getName()
        + (refusal.getRequiredType() != null && refusal.getRequiredType().getSimpleName().equals("LocalDate")
            ? " date (write it as 2026-12-31)." : "."));
  }

  private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(new ApiError(status.getReasonPhrase(), message));
  }
}
