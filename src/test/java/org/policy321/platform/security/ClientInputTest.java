package org.policy321.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * {@link ClientInput} reads Camunda's commands by their field names; a Camunda upgrade that renames
 * one fails here, not silently in production (the guard would then see no input at all).
 */
class ClientInputTest {

  private static final Map<String, Object> SENT = Map.of("notation", "seen");

  @Test
  void completionsCarryTheTaskAndItsVariables() {
    for (var command : List.of(new CompleteTaskCmd("task-1", SENT), new ResolveTaskCmd("task-1", SENT),
        new SubmitTaskFormCmd("task-1", SENT, false, false))) {
      ClientInput input = ClientInput.of(command).orElseThrow();
      assertThat(input.taskId()).isEqualTo("task-1");
      assertThat(input.variables().get("notation")).isEqualTo("seen");
    }
  }

  @Test
  void startsCarryTheDefinitionTheBusinessKeyAndTheVariables() {
    var builder = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
        .createProcessInstanceByKey(null, "depiction-approval").businessKey("DA-1").setVariables(SENT);
    ClientInput start = ClientInput.of(new StartProcessInstanceCmd(builder)).orElseThrow();
    ClientInput submit = ClientInput.of(new SubmitStartFormCmd("def-1", "DR-1", Variables.fromMap(SENT))).orElseThrow();

    assertThat(start.processDefinitionKey()).isEqualTo("depiction-approval");
    assertThat(start.businessKey()).isEqualTo("DA-1");
    assertThat(start.variables().get("notation")).isEqualTo("seen");
    assertThat(submit.processDefinitionId()).isEqualTo("def-1");
    assertThat(submit.businessKey()).isEqualTo("DR-1");
    assertThat(submit.variables()).containsKey("notation");
  }

  @Test
  void otherCommandsCarryNoInput() {
    assertThat(ClientInput.of(new ClaimTaskCmd("task-1", "employee"))).isEmpty();
  }
}
