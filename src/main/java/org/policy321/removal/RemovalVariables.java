package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the removal process's variables, for its delegates. */
final class RemovalVariables {

  private RemovalVariables() {}

  static long removalId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.REMOVAL_ID)).longValue();
  }

  /**
   * The requester is sent back to remove the posting (§III.R): the deadline the Chief or designee gave becomes
   * the removal task's ({@code removalDueAt}, which its timers read); the inputs of the last round are cleared,
   * so a stale deadline or explanation is never taken for a new one.
   */
  static void sendBack(VariableScope scope, RemovalCase removal) {
    scope.setVariable(Vars.DUE_AT, Date.from(removal.dueAt().toInstant()));
    scope.removeVariable(Vars.NEW_DEADLINE);
    scope.removeVariable(Vars.EXPLANATION);
  }
}
