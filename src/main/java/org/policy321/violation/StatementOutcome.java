package org.policy321.violation;

/**
 * How the employee concerned answered the notice of allegation (§V.B due process): the investigator reads it
 * before the finding, and the finding waits for it until the statement deadline.
 */
public enum StatementOutcome {
  GIVEN("The employee concerned gave a written statement"),
  DECLINED("The employee concerned chose to give no statement"),
  NOT_GIVEN_IN_TIME("The employee concerned gave no statement by the deadline");

  public final String meaning;

  StatementOutcome(String meaning) {
    this.meaning = meaning;
  }

  /** The value of the case variable {@code statementOutcome}, which the investigator's form reads. */
  public String value() {
    return name().toLowerCase().replace('_', '-');
  }
}
