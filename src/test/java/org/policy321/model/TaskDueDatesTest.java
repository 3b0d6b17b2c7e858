package org.policy321.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17: every task that waits on a person shows its deadline as the task's due date. A user task
 * needs {@code camunda:dueDate} when a timer acts on it, or when its form or documentation speaks of a
 * deadline; a call activity with a timer hands its deadline to the called task. The scenario tests check
 * at run time that the due date is the moment the timer fires ({@code ProcessScenario.assertDueWhenTimerFires}).
 */
class TaskDueDatesTest {

  /** What a form or documentation says when the person has a deadline on this task. */
  private static final Pattern SPEAKS_OF_DEADLINE = Pattern.compile(
      "due date of this task|deadline shown on this task|by the due date|statementDueAt|responseDueAt|takeDownDueAt");

  static Stream<Path> diagrams() throws IOException {
    return BpmnModelConventionsTest.diagrams();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void userTasksWithADeadlineShowItAsTheirDueDate(Path diagram) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (hasTimer(model, task.getId()) || speaksOfDeadline(task.getDocumentations())
          || formSpeaksOfDeadline(task.getCamundaFormKey())) {
        assertThat(task.getCamundaDueDate()).as(diagram.getFileName() + " " + task.getId() + " camunda:dueDate")
            .isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void calledTasksWithATimerGetTheirDeadline(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
      if (hasTimer(model, call.getId())) {
        Collection<CamundaIn> ins = call.getExtensionElements().getElementsQuery()
            .filterByType(CamundaIn.class).list();
        assertThat(ins).as(diagram.getFileName() + " " + call.getId() + " hands its deadline to the called task")
            .anySatisfy(in -> assertThat(in.getCamundaTarget()).isIn("partyDueAt", "questionDueAt"));
      }
    }
  }

  private static boolean hasTimer(BpmnModelInstance model, String activityId) {
    return model.getModelElementsByType(BoundaryEvent.class).stream()
        .filter(event -> event.getAttachedTo().getId().equals(activityId))
        .anyMatch(event -> !event.getChildElementsByType(TimerEventDefinition.class).isEmpty());
  }

  private static boolean speaksOfDeadline(Collection<Documentation> docs) {
    return docs.stream().anyMatch(doc -> SPEAKS_OF_DEADLINE.matcher(doc.getTextContent()).find());
  }

  private static boolean formSpeaksOfDeadline(String formKey) throws IOException {
    String prefix = "embedded:deployment:";
    if (formKey == null || !formKey.startsWith(prefix)) {
      return false;
    }
    return SPEAKS_OF_DEADLINE.matcher(Files.readString(Path.of(formKey.substring(prefix.length())))).find();
  }
}
