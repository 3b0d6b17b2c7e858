package org.policy321.platform.deployment;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;

/**
 * The resource names a diagram's forms are looked up under in its own deployment: the form keys
 * {@code embedded:deployment:forms/x.html} and {@code deployment:forms/x.form} that Tasklist resolves through
 * {@code /engine-rest/task/{id}/deployed-form}. Other keys (an external URL, {@code embedded:app:}) are not
 * the deployment's business.
 */
final class DeployedFormKeys {

  private static final String[] DEPLOYMENT_PREFIXES = {"embedded:deployment:", "deployment:"};

  private DeployedFormKeys() {}

  /**
   * The diagram's deployment form names; none for a diagram that does not parse, which the engine's own deployer
   * then refuses, naming the file and the line (platform/config/BpmnParseFailureAnalyzer).
   */
  static Set<String> of(byte[] bpmn) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
    } catch (ModelException notADiagram) {
      return Set.of();
    }
    Set<String> names = new TreeSet<>();
    model.getModelElementsByType(UserTask.class).forEach(task -> add(names, task.getCamundaFormKey()));
    model.getModelElementsByType(StartEvent.class).forEach(start -> add(names, start.getCamundaFormKey()));
    return names;
  }

  private static void add(Set<String> names, String formKey) {
    if (formKey == null) {
      return;
    }
    for (String prefix : DEPLOYMENT_PREFIXES) {
      if (formKey.startsWith(prefix)) {
        names.add(formKey.substring(prefix.length()));
        return;
      }
    }
  }
}
