package org.policy321.platform.security;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;

/**
 * The door every client call passes, whatever the API: {@code /engine-rest}, Tasklist and Cockpit
 * ({@code /camunda/api/engine}) and the Java API all run engine commands, and this interceptor sees
 * each one a signed-in person sends, before the engine does. For anyone but an operator it
 * <ul>
 *   <li>refuses the {@link OperatorCommands} (start at a step, modify, restart, run a job...), before
 *       the command runs — so a refused job execution does not even cost the job a retry;</li>
 *   <li>lets a start or a completion set only the variables its start event or task declares
 *       ({@link DeclaredInputs}): the record's owner, its number, the decision, the deadlines are set
 *       by the process, never taken from a client (a value the case already holds, sent back unchanged
 *       as Tasklist's forms do, is no input and passes: {@link InputTarget});</li>
 *   <li>refuses a business key (the application numbers cases), values that are not text, numbers,
 *       dates, yes/no or files, and text longer than {@code policy.client-input.max-text-length}.</li>
 * </ul>
 * Commands the application runs inside another command (a delegate starting a follow-up process)
 * are not a client's and pass; so does the job executor, which runs as nobody.
 */
final class ClientCommandGuard extends CommandInterceptor {

  private final ProcessEngineConfigurationImpl configuration;
  private final ClientInputProperties limits;

  ClientCommandGuard(ProcessEngineConfigurationImpl configuration, ClientInputProperties limits) {
    this.configuration = configuration;
    this.limits = limits;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      if (caller != null && !isOperator(caller)) {
        if (command instanceof FailedJobListener) {
          // Runs after the refused ExecuteJobsCmd, in the caller's name, to count a failed attempt: a
          // refusal is no attempt, and counting it would let anyone wear a deadline's retries down to 0.
          return null;
        }
        check(command);
      }
    }
    return next.execute(command);
  }

  private void check(Command<?> command) {
    if (OperatorCommands.isOperatorOnly(command)) {
      throw new AuthorizationException(OperatorCommands.REFUSAL);
    }
    ClientInput.of(command).ifPresent(this::check);
  }

  private void check(ClientInput input) {
    if (input.businessKey() != null && !input.businessKey().isBlank()) {
      throw new InvalidInputException("Leave the business key empty: the application gives each case its number. "
          + "Nothing was started.");
    }
    Optional<InputTarget> target = target(input);
    if (target.isEmpty()) {
      return; // no such task or process: the command itself answers that
    }
    Set<String> declared = target.get().declared();
    Set<String> undeclared = new TreeSet<>();
    // A VariableMap hands out plain values (a file's InputStream); its typed values say what was sent.
    Map<String, ?> variables = input.variables();
    for (String name : variables.keySet()) {
      Object plain = plainValue(name,
          variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name));
      if (!declared.contains(name) && !target.get().echoes(name, plain)) {
        undeclared.add(name);
      }
    }
    if (!undeclared.isEmpty()) {
      throw new InvalidInputException(undeclaredMessage(undeclared, declared));
    }
  }

  private static String undeclaredMessage(Set<String> undeclared, Set<String> declared) {
    String accepted = declared.isEmpty() ? "it takes no fields" : "it takes only " + String.join(", ", new TreeSet<>(declared));
    return "This form has no field " + String.join(", ", undeclared) + " (" + accepted
        + "). Who acts, the case's number, its decisions and deadlines are recorded by the process. Nothing was saved.";
  }

  /** The value as sent, once checked: text, a number, a date, yes/no, or null for a file or nothing. */
  private Object plainValue(String name, Object value) {
    Object plain = value instanceof TypedValue typed ? typedValue(typed) : value;
    if (plain == null || plain instanceof Boolean || plain instanceof Number || plain instanceof Date) {
      return plain;
    }
    if (plain instanceof String text) {
      if (text.length() > limits.maxTextLength()) {
        throw new InvalidInputException(name + " is " + text.length() + " characters long; at most "
            + limits.maxTextLength() + " are accepted. Nothing was saved.");
      }
      return plain;
    }
    throw new InvalidInputException(name + " must be text, a number, a date, yes/no or a file. Nothing was saved.");
  }

  /**
   * The plain value of a typed one; files pass (their checks belong to the step that takes them); an
   * object, JSON or XML value stays typed, which {@link #plainValue} refuses.
   */
  private static Object typedValue(TypedValue typed) {
    if (typed instanceof FileValue) {
      return null;
    }
    ValueType type = typed.getType();
    return type != null && !type.isPrimitiveValueType() ? typed : typed.getValue();
  }

  private Optional<InputTarget> target(ClientInput input) {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      try {
        return InputTarget.of(input, context);
      } catch (ProcessEngineException notFound) {
        return Optional.<InputTarget>empty();
      }
    });
  }

  private boolean isOperator(Authentication caller) {
    return caller.getGroupIds() != null && caller.getGroupIds().stream()
        .anyMatch(group -> Groups.ADMIN.equals(group) || configuration.getAdminGroups().contains(group))
        || configuration.getAdminUsers().contains(caller.getUserId());
  }
}
