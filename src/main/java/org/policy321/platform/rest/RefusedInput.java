package org.policy321.platform.rest;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.policy321.platform.forms.InvalidInputException;

/**
 * Refused input as the REST API answers it: {@code 400} with the application's own sentence.
 *
 * <p>Our checks throw {@link InvalidInputException} inside the engine's transaction. By the time it
 * reaches the REST layer the engine has usually wrapped it (a task listener's exception becomes
 * "ENGINE-03051 There was an exception while invoking the TaskListener ...") and the resource has
 * wrapped that again in a {@code RestException} with status 500. The cause chain still holds our
 * exception, and answering with it gives the person at the form what they must correct.
 */
final class RefusedInput {

  private RefusedInput() {}

  /** Our refusal in the cause chain of {@code thrown}, itself included, if there is one. */
  static Optional<InvalidInputException> in(Throwable thrown) {
    return InvalidInputException.in(thrown);
  }

  /** {@code thrown} and its causes, outermost first. */
  static Stream<Throwable> causes(Throwable thrown) {
    return InvalidInputException.causes(thrown);
  }

  /**
   * The response for {@code thrown}: Camunda's own handling of our refusal when the chain holds one
   * (a BadUserRequestException is 400, {@code {"type":"InvalidInputException","message":...}}); a client's
   * mistake that Camunda would answer 500 as 4xx ({@link ClientMistakes}); otherwise Camunda's own handling
   * of {@code thrown}, so every other error answers as before.
   */
  static Response answer(Throwable thrown) {
    Optional<InvalidInputException> refusal = in(thrown);
    if (refusal.isPresent()) {
      return ExceptionHandlerHelper.getInstance().getResponse(refusal.get());
    }
    return ClientMistakes.answer(thrown).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(thrown));
  }
}
