package org.policy321.platform.forms;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a person must correct: the message says what and why, in words for the person at the
 * form. Thrown inside the engine's transaction, so the start or completion it refuses changes
 * nothing; Tasklist shows the message and the REST API answers with it.
 */
public class InvalidInputException extends BadUserRequestException {

  public InvalidInputException(String message) {
    super(message);
  }
}
