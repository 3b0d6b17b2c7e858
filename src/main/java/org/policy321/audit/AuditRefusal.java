package org.policy321.audit;

import org.policy321.platform.rest.ApiRefusal;

/** A request of the auditors' view refused for who asks or what they ask for, with the sentence the person reads. */
public final class AuditRefusal {

  private AuditRefusal() {}

  public static ApiRefusal noSuchCase(String number) {
    return ApiRefusal.notFound("There is no case " + number + ".");
  }

  public static ApiRefusal notPermitted(String message) {
    return ApiRefusal.notPermitted(message);
  }

  public static ApiRefusal badInput(String message) {
    return ApiRefusal.badInput(message);
  }

  public static ApiRefusal conflict(String message) {
    return ApiRefusal.conflict(message);
  }
}
