package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.junit.jupiter.api.Test;
import org.policy321.model.DiagramLayoutTest.Box;

/**
 * The violation-to-discipline diagram reads left to right in its three stages (issue 16), each headed by a text
 * annotation that starts with the stage's name. A stage is where the case is when it reaches an element: every
 * element belongs to the latest stage whose entry leads to it, so the Chief's immediate action, reached at receipt and
 * again when triage first sees the danger, is drawn beside the investigation. Drawn so, every flow runs within a
 * stage or into a later one.
 */
class ViolationReportStagesTest {

  private static final Path DIAGRAM = Path.of("bpmn", "violation-report.bpmn");

  /** Each stage's name and the element where the case enters it, in the order a case goes through them. */
  private static final Map<String, String> STAGES = stages(
      "Intake and triage", "StartEvent_ReportReceived",
      "Investigation", "Gateway_AllegationFork",
      "Finding and discipline", "Gateway_Finding");

  private final BpmnModelInstance model = Bpmn.readModelFromFile(DIAGRAM.toFile());
  private final Map<String, Box> shapes = DiagramLayoutTest.shapes(model);

  @Test
  void intakeAndTriage_thenInvestigation_thenFindingAndDiscipline_fromLeftToRight_VA_VB() {
    List<Set<String>> members = membersOfEachStage();
    List<String> names = new ArrayList<>(STAGES.keySet());
    Set<String> placed = new HashSet<>();
    members.forEach(placed::addAll);
    assertThat(placed).as("flow nodes in a stage")
        .containsExactlyInAnyOrderElementsOf(model.getModelElementsByType(FlowNode.class).stream()
            .map(FlowNode::getId).toList());

    for (int stage = 0; stage + 1 < members.size(); stage++) {
      assertThat(right(members.get(stage))).as("right edge of " + names.get(stage) + ", left of " + names.get(stage + 1))
          .isLessThan(left(members.get(stage + 1)));
    }
  }

  @Test
  void eachStageIsHeadedByItsName_aboveIt_whereItStarts() {
    List<Set<String>> members = membersOfEachStage();
    List<String> names = new ArrayList<>(STAGES.keySet());
    double previousRight = Double.NEGATIVE_INFINITY;
    for (int stage = 0; stage < members.size(); stage++) {
      Box heading = heading(names.get(stage));
      Set<String> stageMembers = members.get(stage);
      assertThat(heading.y() + heading.height()).as(names.get(stage) + " heading above its elements")
          .isLessThan(stageMembers.stream().mapToDouble(id -> shapes.get(id).y()).min().orElseThrow());
      assertThat(heading.x()).as(names.get(stage) + " heading starts after the stage before, over its first element")
          .isGreaterThan(previousRight)
          .isLessThanOrEqualTo(left(stageMembers));
      previousRight = right(stageMembers);
    }
  }

  /** Every flow node under the latest stage whose entry leads to it (boundary events through their host). */
  private List<Set<String>> membersOfEachStage() {
    List<Set<String>> members = new ArrayList<>();
    Set<String> later = new HashSet<>();
    List<String> entries = new ArrayList<>(STAGES.values());
    for (int stage = entries.size() - 1; stage >= 0; stage--) {
      Set<String> reached = reachableFrom(entries.get(stage));
      reached.removeAll(later);
      later.addAll(reached);
      members.add(0, reached);
    }
    return members;
  }

  private Set<String> reachableFrom(String entry) {
    Set<String> reached = new HashSet<>();
    Deque<FlowNode> next = new ArrayDeque<>(List.of(model.<FlowNode>getModelElementById(entry)));
    while (!next.isEmpty()) {
      FlowNode node = next.pop();
      if (reached.add(node.getId())) {
        node.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::push);
        model.getModelElementsByType(BoundaryEvent.class).stream()
            .filter(boundary -> boundary.getAttachedTo() == node).forEach(next::push);
      }
    }
    return reached;
  }

  private Box heading(String stage) {
    List<Box> headings = model.getModelElementsByType(TextAnnotation.class).stream()
        .filter(annotation -> annotation.getText() != null && annotation.getText().getTextContent().startsWith(stage))
        .map(annotation -> shapes.get(annotation.getId()))
        .toList();
    assertThat(headings).as("heading of " + stage).hasSize(1).doesNotContainNull();
    return headings.get(0);
  }

  private double left(Collection<String> ids) {
    return ids.stream().mapToDouble(id -> shapes.get(id).x()).min().orElseThrow();
  }

  private double right(Collection<String> ids) {
    return ids.stream().mapToDouble(id -> shapes.get(id).x() + shapes.get(id).width()).max().orElseThrow();
  }

  private static Map<String, String> stages(String... nameThenEntry) {
    Map<String, String> stages = new LinkedHashMap<>();
    for (int i = 0; i < nameThenEntry.length; i += 2) {
      stages.put(nameThenEntry[i], nameThenEntry[i + 1]);
    }
    return stages;
  }
}
