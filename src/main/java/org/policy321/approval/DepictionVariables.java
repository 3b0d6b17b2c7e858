package org.policy321.approval;

import static org.policy321.approval.DepictionApproval.Vars;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.forms.Upload;

/** Typed reads and writes of the depiction approval's variables, for its delegates. */
final class DepictionVariables {

  private DepictionVariables() {}


  static long requestId(VariableScope scope) {
    return ((Number) scope.getVariable(Vars.REQUEST_ID)).longValue();
  }

  static String requesterId(VariableScope scope) {
    return (String) scope.getVariable(Vars.REQUESTER_ID);
  }

  static Upload layout(VariableScope scope) {
    return Upload.of(scope.<FileValue>getVariableTyped(Vars.LAYOUT));
  }

  /**
   * Tasklist's answer form uploads a replacement layout as {@code newLayout}, so that leaving the
   * field empty keeps the first one; REST clients may send {@code layout} directly.
   */
  static void adoptNewLayout(VariableScope scope) {
    FileValue replacement = scope.getVariableTyped(Vars.NEW_LAYOUT);
    if (Upload.of(replacement) != null) {
      scope.setVariable(Vars.LAYOUT, replacement);
    }
    scope.removeVariable(Vars.NEW_LAYOUT);
  }

  /** A stored PDF as a File variable, so Tasklist and REST clients can download it. */
  static void putDocument(VariableScope scope, String name, StoredDocument document) {
    scope.setVariable(name, document.asFileValue());
  }
}
