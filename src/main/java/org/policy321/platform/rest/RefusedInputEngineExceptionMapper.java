package org.policy321.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Takes the place of Camunda's {@code ProcessEngineExceptionHandler} for resources that let an
 * engine error through unwrapped: a refusal the engine wrapped (a listener's ENGINE-03051) answers
 * 400 with our sentence, like the wrapped ones of {@link RefusedInputRestExceptionMapper}; every
 * other engine error exactly as Camunda answers it.
 */
@Priority(Priorities.USER - 100)
class RefusedInputEngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return RefusedInput.answer(exception);
  }
}
