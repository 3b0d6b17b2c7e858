package org.policy321.platform.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;

/**
 * Commands that move a case to a step of the caller's choosing, or run a step before its time: a
 * start at any activity (the REST API's {@code startInstructions}, with {@code skipCustomListeners}
 * and {@code skipIoMappings}), process instance modification, restart and migration, executing a
 * job by hand, and messages, signals and conditions sent from outside. The processes trust what
 * their earlier steps recorded; only an operator (the {@code camunda-admin} group) repairing a case
 * may skip them. The application itself sends its messages inside its own commands, unaffected.
 */
final class OperatorCommands {

  private static final List<Class<?>> TYPES = List.of(
      StartProcessInstanceAtActivitiesCmd.class,
      ModifyProcessInstanceCmd.class,
      ModifyProcessInstanceAsyncCmd.class,
      AbstractModificationCmd.class,
      AbstractRestartProcessInstanceCmd.class,
      AbstractMigrationCmd.class,
      ExecuteJobsCmd.class,
      AbstractCorrelateMessageCmd.class,
      CorrelateAllMessageBatchCmd.class,
      SignalCmd.class,
      SignalEventReceivedCmd.class,
      EvaluateStartConditionCmd.class);

  static final String REFUSAL = "Only an operator (camunda-admin) may start a case at a chosen step, move, restart "
      + "or migrate a case, run one of its scheduled steps by hand, or send it a message or signal. Nothing was "
      + "changed. Use the case's tasks in Tasklist.";

  private OperatorCommands() {}

  static boolean isOperatorOnly(Command<?> command) {
    return TYPES.stream().anyMatch(type -> type.isInstance(command));
  }
}
