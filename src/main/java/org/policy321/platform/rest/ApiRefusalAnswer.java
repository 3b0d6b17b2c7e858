package org.policy321.platform.rest;

import org.policy321.platform.forms.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every {@link ApiRefusal} of an {@code /api} controller, and every {@link InvalidInputException} (400) its services
 * share with the processes' forms, as {@code {"type": ..., "message": ...}}, the shape of
 * Camunda's REST errors, so that clients of both APIs read one. Refused input is the person's to correct, not an
 * error of the application: nothing is logged above DEBUG (platform/forms/RefusedInputLogging).
 */
@RestControllerAdvice
class ApiRefusalAnswer {

  record ApiError(String type, String message) {}

  @ExceptionHandler(ApiRefusal.class)
  ResponseEntity<ApiError> refused(ApiRefusal refusal) {
    return answer(refusal.status(), refusal.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalidInput(InvalidInputException refusal) {
    return answer(HttpStatus.BAD_REQUEST, refusal.getMessage());
  }

  private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(status.getReasonPhrase(), message));
  }
}
