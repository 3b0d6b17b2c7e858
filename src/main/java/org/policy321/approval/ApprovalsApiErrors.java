package org.policy321.approval;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused {@code /api/approvals} as {@code {"type": ..., "message": ...}}, the shape of Camunda's REST errors. */
@RestControllerAdvice(assignableTypes = ApprovalsController.class)
class ApprovalsApiErrors {

  record ApiError(String type, String message) {}

  @ExceptionHandler({ApprovalStatusFilter.UnknownApprovalStatus.class, ApprovalsController.BadPage.class})
  ResponseEntity<ApiError> badRequest(RuntimeException refusal) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
        .body(new ApiError(HttpStatus.BAD_REQUEST.getReasonPhrase(), refusal.getMessage()));
  }
}
