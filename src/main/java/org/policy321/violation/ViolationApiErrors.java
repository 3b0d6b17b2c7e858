package org.policy321.violation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals of the violation cases' {@code /api} as {@code {"type": ..., "message": ...}}, the shape of Camunda's
 * REST errors, so that clients of both APIs read one: who asks or where the case stands (404, 403, 409), else
 * input the person must correct (400, platform/rest/ApiRefusalAnswer). A CaseRefusal is an InvalidInputException
 * (the processes' forms refuse with it too), so this advice must be asked before the global one.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ViolationCasesController.class, EvidenceController.class})
class ViolationApiErrors {

  /** The shape of Camunda's REST errors. */
  record ApiError(String type, String message) {}

  @ExceptionHandler(CaseRefusal.class)
  ResponseEntity<ApiError> refused(CaseRefusal refusal) {
    return answer(switch (refusal.reason) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case NOT_PERMITTED -> HttpStatus.FORBIDDEN;
      case CASE_CLOSED -> HttpStatus.CONFLICT;
    }, refusal.getMessage());
  }

  /** An evidence number that is no number ("/evidence/abc"): Spring's own answer would have no sentence. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> notANumber(MethodArgumentTypeMismatchException refusal) {
    return answer(HttpStatus.NOT_FOUND, "\"" + refusal.getValue() + "\" is not the number of an evidence item.");
  }

  private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(new ApiError(status.getReasonPhrase(), message));
  }
}
