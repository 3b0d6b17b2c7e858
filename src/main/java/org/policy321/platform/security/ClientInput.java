package org.policy321.platform.security;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a client sends with one of the four commands through which input enters a process: a start
 * ({@code /start}, {@code /submit-form} of a process definition) or a completion ({@code /complete},
 * {@code /submit-form}, {@code /resolve} of a task) — from {@code /engine-rest}, from Tasklist and
 * from the Java API alike, because all of them end in these commands.
 *
 * <p>Camunda's commands keep their arguments in protected fields without getters; they are read
 * here, in one place, and {@code ClientInputTest} fails if a Camunda upgrade renames one.
 *
 * @param taskId the task being completed, or null for a start
 * @param processDefinitionId the definition started by id, or null
 * @param processDefinitionKey the definition started by key (its latest version), or null
 */
record ClientInput(String taskId, String processDefinitionId, String processDefinitionKey, String businessKey,
    Map<String, ?> variables) {

  static Optional<ClientInput> of(Command<?> command) {
    // CompleteTaskCmd includes ResolveTaskCmd (completing a delegated task).
    if (command instanceof CompleteTaskCmd complete) {
      return Optional.of(completion(field(complete, CompleteTaskCmd.class, "taskId"),
          field(complete, CompleteTaskCmd.class, "variables")));
    }
    if (command instanceof SubmitTaskFormCmd submit) {
      return Optional.of(completion(field(submit, SubmitTaskFormCmd.class, "taskId"),
          field(submit, SubmitTaskFormCmd.class, "properties")));
    }
    if (command instanceof StartProcessInstanceCmd start) {
      ProcessInstantiationBuilderImpl builder = field(start, StartProcessInstanceCmd.class, "instantiationBuilder");
      return Optional.of(new ClientInput(null, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
          builder.getBusinessKey(), orEmpty(builder.getVariables())));
    }
    if (command instanceof SubmitStartFormCmd submit) {
      return Optional.of(new ClientInput(null, field(submit, SubmitStartFormCmd.class, "processDefinitionId"), null,
          field(submit, SubmitStartFormCmd.class, "businessKey"),
          orEmpty(field(submit, SubmitStartFormCmd.class, "variables"))));
    }
    return Optional.empty();
  }

  private static ClientInput completion(String taskId, Map<String, ?> variables) {
    return new ClientInput(taskId, null, null, null, orEmpty(variables));
  }

  private static Map<String, ?> orEmpty(Map<String, ?> variables) {
    return variables == null ? Map.of() : variables;
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Object command, Class<?> declaringClass, String name) {
    try {
      Field field = declaringClass.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new ProcessEngineException("Cannot read " + name + " of " + declaringClass.getSimpleName(), e);
    }
  }
}
