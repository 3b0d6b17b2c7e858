package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policy321.posting.OfficialPost;

/**
 * The conventions every diagram in bpmn/ keeps (see CONVENTIONS): readable ids, named elements,
 * clauses cited, history time to live, Spring-bean delegates, no scripts. A service task is either a Spring bean's
 * delegate, or an external task on a topic the README documents for connectors ({@link #EXTERNAL_TOPICS}): work a
 * program outside the application does, which Camunda hands to it through the external task API.
 */
class BpmnModelConventionsTest {

  /** The external task topics there are, each documented in the README with what its worker sends back. */
  static final Set<String> EXTERNAL_TOPICS = Set.of(OfficialPost.TOPIC_PUBLISH);

  /** What Camunda Modeler generates when nobody chose an id. */
  private static final String MODELER_ID = "^[A-Za-z]+_[0-9][0-9a-z]{6}$";

  static Stream<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void fileIsNamedByItsOnlyProcessKeyAndKeepsHistory(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    Bpmn.validateModel(model);
    List<Process> processes = new ArrayList<>(model.getModelElementsByType(Process.class));
    assertThat(processes).hasSize(1);
    Process process = processes.get(0);
    assertThat(diagram.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
    assertThat(model.getDefinitions().getDomElement().getAttribute("http://camunda.org/schema/modeler/1.0", "executionPlatform"))
        .isEqualTo("Camunda Platform");
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void idsAreReadableAndElementsNamed(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element.getId() != null) {
        assertThat(element.getId()).as("id in " + diagram).doesNotMatch(MODELER_ID);
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean unnamedAllowed = node instanceof ParallelGateway
          || (node instanceof Gateway && model.getModelElementsByType(SequenceFlow.class).stream()
              .filter(flow -> flow.getSource() == node).count() == 1);
      if (!unnamedAllowed) {
        assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void activitiesAndTimersCiteTheirClause(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    List<FlowNode> cited = new ArrayList<>(model.getModelElementsByType(Activity.class));
    model.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(event -> !event.getChildElementsByType(TimerEventDefinition.class).isEmpty())
        .forEach(cited::add);
    for (FlowNode node : cited) {
      assertThat(node.getDocumentations()).as("documentation of " + node.getId()).isNotEmpty();
      assertThat(node.getDocumentations().iterator().next().getTextContent()).as("clause of " + node.getId()).contains("§");
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void noScriptsAndOnlySpringBeanDelegatesOrDocumentedExternalTasks(Path diagram) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    assertThat(model.getModelElementsByType(ScriptTask.class)).isEmpty();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaClass()).as("camunda:class on " + task.getId()).isNull();
      if ("external".equals(task.getCamundaType())) {
        assertThat(task.getCamundaTopic()).as("topic of the external task " + task.getId()).isIn(EXTERNAL_TOPICS);
        assertThat(Files.readString(Path.of("README.md"))).as("the README documents the topic " + task.getCamundaTopic())
            .contains("`" + task.getCamundaTopic() + "`");
      } else {
        assertThat(task.getCamundaDelegateExpression()).as("delegate of " + task.getId()).startsWith("${");
      }
    }
  }
}
