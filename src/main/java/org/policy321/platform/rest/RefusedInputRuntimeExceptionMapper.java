package org.policy321.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Takes the place of Camunda's catch-all {@code ExceptionHandler} for runtime exceptions that neither
 * the engine nor the resource wrapped (Jersey picks the mapper of the closest type, so engine and
 * REST exceptions still go to our other two mappers): the client mistakes of {@link ClientMistakes}
 * answer 4xx; everything else exactly as Camunda answers it.
 */
@Priority(Priorities.USER - 100)
class RefusedInputRuntimeExceptionMapper implements ExceptionMapper<RuntimeException> {

  @Override
  public Response toResponse(RuntimeException exception) {
    return RefusedInput.answer(exception);
  }
}
