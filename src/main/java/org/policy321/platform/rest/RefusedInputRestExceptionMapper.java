package org.policy321.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Takes the place of Camunda's {@code RestExceptionHandler} for {@link RestException}, the wrapper
 * in which the start and complete resources throw engine errors ("Cannot instantiate process
 * definition ...", "Cannot complete task ...", status 500). Refused input answers 400 with our
 * sentence ({@link RefusedInput}); every other RestException exactly as Camunda answers it.
 *
 * <p>Jersey picks, among mappers for the same exception type, the one with the lower
 * {@link Priority} value; Camunda's has none, which counts as {@link Priorities#USER}.
 */
@Priority(Priorities.USER - 100)
class RefusedInputRestExceptionMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    return RefusedInput.answer(exception);
  }
}
