package org.policy321.posting;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.policy321.platform.forms.Upload;
import org.policy321.posting.OfficialPost.Vars;

/** Typed reads of the official post's variables, for its delegates and listeners. */
final class PostVariables {

  private PostVariables() {}

  static long postId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.POST_ID)).longValue();
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  static Upload upload(VariableScope scope, String name) {
    Object value = scope.getVariableTyped(name);
    return value instanceof FileValue file ? Upload.of(file) : null;
  }

  static int flagCount(VariableScope scope) {
    Object value = scope.getVariable(Vars.FLAG_COUNT);
    return value instanceof Number number ? number.intValue() : 0;
  }
}
