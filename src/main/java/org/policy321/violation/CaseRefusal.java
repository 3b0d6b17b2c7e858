package org.policy321.violation;

import org.policy321.platform.forms.InvalidInputException;

/**
 * A request about a violation case refused for who asks or where the case stands, not for what was sent: the
 * {@code /api} answers it as 404, 403 or 409 ({@link ViolationApiErrors}); the message says why, in words for
 * the person who asked, and never who reported (§V.C).
 */
class CaseRefusal extends InvalidInputException {

  enum Reason { NOT_FOUND, NOT_PERMITTED, CASE_CLOSED }

  final Reason reason;

  CaseRefusal(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  static CaseRefusal noSuchCase(String caseNumber) {
    return new CaseRefusal(Reason.NOT_FOUND, "There is no violation case " + caseNumber + ".");
  }

  static CaseRefusal notPermitted(String message) {
    return new CaseRefusal(Reason.NOT_PERMITTED, message);
  }
}
