package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the removal process's variables, for its delegates. */
final class RemovalVariables {

  private RemovalVariables() {}

  static long removalId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.REMOVAL_ID)).longValue();
  }
}
