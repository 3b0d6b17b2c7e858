package org.policy321.audit.register;

import org.springframework.http.HttpStatus;

/** A register request refused, with the sentence the caller reads: who may read it (403) or what to correct (400). */
class RegisterRefusal extends RuntimeException {

  final HttpStatus status;

  private RegisterRefusal(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  static RegisterRefusal notPermitted(String message) {
    return new RegisterRefusal(HttpStatus.FORBIDDEN, message);
  }

  static RegisterRefusal badInput(String message) {
    return new RegisterRefusal(HttpStatus.BAD_REQUEST, message);
  }
}
