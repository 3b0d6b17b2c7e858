package org.policy321.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;

/** Finding our refusal under the engine's and the REST resource's wrappers, and what it answers. */
class RefusedInputTest {

  @Test
  void refusalUnderEngineAndRestWrappersAnswers400WithItsOwnSentence() {
    InvalidInputException refusal = new InvalidInputException("A notation is required (§III.R).");
    ProcessEngineException listener = new ProcessEngineException(
        "ENGINE-03051 There was an exception while invoking the TaskListener. Message: 'x'", refusal);
    RestException rest = new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR, listener,
        "Cannot complete task 42: " + listener.getMessage());

    assertThat(RefusedInput.in(rest)).containsSame(refusal);
    var response = RefusedInput.answer(rest);
    assertThat(response.getStatus()).isEqualTo(400);
    ExceptionDto body = (ExceptionDto) response.getEntity();
    assertThat(body.getType()).isEqualTo("InvalidInputException");
    assertThat(body.getMessage()).isEqualTo("A notation is required (§III.R).");
  }

  @Test
  void otherErrorsKeepTheirStatusAndMessage() {
    ProcessEngineException engine = new ProcessEngineException("boom", new IllegalStateException("inner"));
    RestException rest = new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR, engine,
        "Cannot complete task 42: boom");

    assertThat(RefusedInput.in(rest)).isEmpty();
    var response = RefusedInput.answer(rest);
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).isEqualTo("Cannot complete task 42: boom");
  }
}
