package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The coverage floor: every flow node and every sequence flow of every diagram in bpmn/ was taken
 * by some test. Reads the reports camunda-process-test-coverage wrote for the scenario test
 * classes (target/process-test-coverage/), so it runs last.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageGateTest {

  private static final Path REPORTS = Path.of("target", "process-test-coverage");

  @Test
  void everyFlowNodeAndSequenceFlowOfEveryProcessIsTakenBySomeTest() throws IOException {
    Set<String> taken = takenElements();
    List<String> missing = new ArrayList<>();
    try (Stream<Path> diagrams = Files.list(Path.of("bpmn"))) {
      for (Path diagram : diagrams.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
        String key = model.getModelElementsByType(Process.class).iterator().next().getId();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
          boolean counts = element instanceof FlowNode || element instanceof SequenceFlow;
          if (counts && !taken.contains(key + "/" + element.getId())) {
            missing.add(key + "/" + element.getId());
          }
        }
      }
    }
    assertThat(missing).as("elements no test takes (see target/process-test-coverage/*/report.html)").isEmpty();
  }

  private static Set<String> takenElements() throws IOException {
    assertThat(REPORTS).as("coverage reports of the scenario tests").isDirectory();
    Set<String> taken = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(REPORTS)) {
      for (Path report : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
        for (JsonNode event : json.readTree(report.toFile()).findValues("events")) {
          event.forEach(e -> taken.add(e.get("modelKey").asText() + "/" + e.get("definitionKey").asText()));
        }
      }
    }
    return taken;
  }
}
