package org.policy321.platform.forms;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a person must correct: the message says what and why, in words for the person at the
 * form. Thrown inside the engine's transaction, so the start or completion it refuses changes
 * nothing; Tasklist shows the message and the REST API answers with it.
 */
public class InvalidInputException extends BadUserRequestException {

  /** A cause chain longer than this is not a real one (guards against cycles). */
  private static final int MAX_DEPTH = 32;

  public InvalidInputException(String message) {
    super(message);
  }

  /**
   * The refusal in the cause chain of {@code thrown}, itself included, if there is one: the engine wraps
   * what a listener throws ("ENGINE-03051 There was an exception while invoking the TaskListener ..."),
   * and the REST resources wrap that again.
   */
  public static Optional<InvalidInputException> in(Throwable thrown) {
    return causes(thrown).filter(InvalidInputException.class::isInstance).map(InvalidInputException.class::cast)
        .findFirst();
  }

  /** {@code thrown} and its causes, outermost first. */
  public static Stream<Throwable> causes(Throwable thrown) {
    return Stream.iterate(thrown, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause()).limit(MAX_DEPTH);
  }
}
