package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** bpmn/approval-review.bpmn reads every timer and due date from one bean (§III.R). */
class ApprovalReviewModelTest {

  private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(new File("bpmn/approval-review.bpmn"));

  @Test
  void everyTimerAndDueDateComesFromTheDeadlinesBean_IIIR() {
    List<String> expressions = new ArrayList<>();
    for (TimerEventDefinition timer : MODEL.getModelElementsByType(TimerEventDefinition.class)) {
      for (var expression : List.of(timer.getTimeDate() == null ? "" : timer.getTimeDate().getTextContent(),
          timer.getTimeDuration() == null ? "" : timer.getTimeDuration().getTextContent(),
          timer.getTimeCycle() == null ? "" : timer.getTimeCycle().getTextContent())) {
        if (!expression.isBlank()) {
          expressions.add(expression.strip());
        }
      }
    }
    for (UserTask task : MODEL.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaDueDate() != null) {
        expressions.add(task.getCamundaDueDate());
      }
    }
    assertThat(expressions).hasSize(3)
        .allSatisfy(expression -> assertThat(expression).startsWith("${" + ApprovalReview.DEADLINES_BEAN + "."))
        .contains("${reviewDeadlines.nextCheck(" + ApprovalReview.Vars.POSTING_ENDS_AT + ")}");
  }

  @Test
  void theDecisionTaskIsForTheChiefAndDesigneesAndGuardedAgainstTheRequester_IIIR() {
    UserTask decide = MODEL.getModelElementById(ApprovalReview.Elements.DECIDE_ON_APPROVAL);
    assertThat(decide.getCamundaCandidateGroups()).isEqualTo("designee,chief");
    assertThat(decide.getCamundaAssignee()).isNull();
    assertThat(decide.getExtensionElements().getDomElement().getChildElements().stream()
        .filter(e -> "taskListener".equals(e.getLocalName()))
        .map(e -> e.getAttribute("event") + ":" + e.getAttribute("delegateExpression")))
        .contains("assignment:${ownRequestGuard}");
  }
}
