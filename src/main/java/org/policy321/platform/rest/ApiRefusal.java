package org.policy321.platform.rest;

import org.springframework.http.HttpStatus;

/**
 * A request to the application's own {@code /api} refused for who asks or what they ask for, with the sentence the
 * person reads; {@link ApiRefusalAnswer} writes it in the shape of Camunda's REST errors. Features throw it (or a
 * subtype naming their refusals) from their services, which know the rule, rather than from controllers.
 */
public class ApiRefusal extends RuntimeException {

  private final HttpStatus status;

  protected ApiRefusal(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  /** 404: nothing under that number or id (for this caller, or at all). */
  public static ApiRefusal notFound(String message) {
    return new ApiRefusal(HttpStatus.NOT_FOUND, message);
  }

  /** 403: the caller's role does not allow it; the sentence says whose it is. */
  public static ApiRefusal notPermitted(String message) {
    return new ApiRefusal(HttpStatus.FORBIDDEN, message);
  }

  /** 400: input the person must correct. */
  public static ApiRefusal badInput(String message) {
    return new ApiRefusal(HttpStatus.BAD_REQUEST, message);
  }

  /** 409: the record is no longer in the state the request assumes (already lifted, already revoked). */
  public static ApiRefusal conflict(String message) {
    return new ApiRefusal(HttpStatus.CONFLICT, message);
  }
}
