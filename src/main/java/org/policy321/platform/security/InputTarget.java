package org.policy321.platform.security;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Where a client's input goes: the variables its start event or task declares, and — for a task — the
 * values the case already holds under the other names sent. Tasklist's embedded forms send back every
 * variable they fetched to show (the memo on the decision form), unchanged; such an echo changes
 * nothing and is accepted, while any other value under an undeclared name is refused.
 */
record InputTarget(Set<String> declared, Map<String, Object> held) {

  /** Read inside a command: the task or definition of {@code input}, or empty when there is none. */
  static Optional<InputTarget> of(ClientInput input, CommandContext context) {
    if (input.taskId() != null) {
      TaskEntity task = context.getTaskManager().findTaskById(input.taskId());
      ProcessDefinitionEntity definition = task == null ? null : task.getProcessDefinition();
      if (definition == null) {
        return Optional.empty();
      }
      Set<String> declared = DeclaredInputs.of(definition.findActivity(task.getTaskDefinitionKey()));
      Map<String, Object> held = new HashMap<>();
      input.variables().keySet().stream().filter(name -> !declared.contains(name) && task.hasVariable(name))
          .forEach(name -> held.put(name, task.getVariable(name)));
      return Optional.of(new InputTarget(declared, held));
    }
    DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
    ProcessDefinitionEntity definition = input.processDefinitionId() != null
        ? cache.findDeployedProcessDefinitionById(input.processDefinitionId())
        : cache.findDeployedLatestProcessDefinitionByKey(input.processDefinitionKey());
    ActivityImpl start = definition.getInitial();
    return Optional.of(new InputTarget(DeclaredInputs.of(start), Map.of()));
  }

  /** Whether {@code sent} (a plain value) under an undeclared name only repeats what the case holds. */
  boolean echoes(String name, Object sent) {
    if (!held.containsKey(name)) {
      return false;
    }
    Object value = held.get(name);
    if (sent instanceof Number a && value instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(sent, value);
  }
}
