package org.policy321.audit.register;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the registers as {@code {"type": ..., "message": ...}}, the shape of Camunda's REST errors. */
@RestControllerAdvice(assignableTypes = RegistersController.class)
class RegisterErrors {

  record ApiError(String type, String message) {}

  @ExceptionHandler(RegisterRefusal.class)
  ResponseEntity<ApiError> refused(RegisterRefusal refusal) {
    return ResponseEntity.status(refusal.status)
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(new ApiError(refusal.status.getReasonPhrase(), refusal.getMessage()));
  }
}
