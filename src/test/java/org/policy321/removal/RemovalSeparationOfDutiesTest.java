package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.platform.tasks.OwnRequestGuard;
import org.policy321.removal.RemovalOnDirection.Elements;
import org.policy321.removal.RemovalOnDirection.Vars;

/**
 * Nobody verifies the removal of their own posting (§III.R): a designee whose approval is directed off
 * can neither take nor complete the verification; another designee or the Chief verifies it.
 */
class RemovalSeparationOfDutiesTest extends RemovalTestSupport {

  @Test
  void aDesigneeCannotVerifyTheRemovalOfTheirOwnPosting_IIIR() {
    String number = approvals.active("designee");
    ProcessInstance instance = requestRemoval("chief", number, "The posting shows the inside of the station", null);
    confirmRemoved(instance, "designee", Map.of(Vars.EVIDENCE_URL, "https://social.example/designee",
        Vars.STATEMENT, "Deleted the post"));
    String verification = task(Elements.VERIFY_REMOVAL).getId();

    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().claim(verification, "designee")))
        .hasMessageContaining(OwnRequestGuard.REFUSAL);
    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().complete(verification,
        Map.of(Vars.VERIFIED, true)))).hasMessageContaining(OwnRequestGuard.REFUSAL);
    assertThat(engine.getTaskService().createTaskQuery().taskId(verification).singleResult().getAssignee()).isNull();
    assertThat(removalCase(instance).confirmations().get(0).verified()).isNull();

    verify(instance, "chief", true, null);
    assertThat(removalCase(instance).confirmations().get(0).verified()).isTrue();
  }
}
