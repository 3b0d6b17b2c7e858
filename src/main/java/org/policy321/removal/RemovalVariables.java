package org.policy321.removal;

import static org.policy321.removal.RemovalOnDirection.Vars;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the removal process's variables, for its delegates. */
final class RemovalVariables {

  private RemovalVariables() {}

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  static long removalId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.REMOVAL_ID)).longValue();
  }

  /** A yes/no field: a Boolean from REST clients, "true"/"false" from the Tasklist form, else unanswered. */
  static Boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean answer) {
      return answer;
    }
    return value == null || value.toString().isBlank() ? null : Boolean.valueOf(value.toString());
  }
}
