package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads and writes of the violation process's variables, for its delegates and listeners. */
final class ViolationVariables {

  private ViolationVariables() {}

  static long reportId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.REPORT_ID)).longValue();
  }

  /** Timers and due dates read java.util.Date variables (null: none, for a gateway to read). */
  static void setTime(VariableScope scope, String name, OffsetDateTime time) {
    scope.setVariable(name, time == null ? null : Date.from(time.toInstant()));
  }
}
