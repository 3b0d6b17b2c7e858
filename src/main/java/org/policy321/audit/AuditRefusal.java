package org.policy321.audit;

import org.springframework.http.HttpStatus;

/** A request of the auditors' view refused for who asks or what they ask for, with the sentence the person reads. */
public class AuditRefusal extends RuntimeException {

  final HttpStatus status;

  private AuditRefusal(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public static AuditRefusal noSuchCase(String number) {
    return new AuditRefusal(HttpStatus.NOT_FOUND, "There is no case " + number + ".");
  }

  public static AuditRefusal notPermitted(String message) {
    return new AuditRefusal(HttpStatus.FORBIDDEN, message);
  }

  public static AuditRefusal badInput(String message) {
    return new AuditRefusal(HttpStatus.BAD_REQUEST, message);
  }

  public static AuditRefusal conflict(String message) {
    return new AuditRefusal(HttpStatus.CONFLICT, message);
  }
}
