package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.policy321.removal.RemovalOnDirection.Elements;
import static org.policy321.removal.RemovalOnDirection.Vars;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.approval.ApprovalStatus;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.testing.SampleFiles;

/** A direction or confirmation that cannot stand is refused with a clear message, and nothing changes (§III.R). */
class RemovalBadInputTest extends RemovalTestSupport {

  private long removals() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RemovalOnDirection.PROCESS_KEY).count();
  }

  private void assertRefused(String user, String number, String reason, String deadline, String... message) {
    long before = removals();
    assertThatThrownBy(() -> requestRemoval(user, number, reason, deadline))
        .isInstanceOf(InvalidInputException.class).message().contains(message);
    assertThat(removals()).as("nothing started").isEqualTo(before);
  }

  @Test
  void unknownApprovalNumberIsRefused_IIIR() {
    assertRefused("designee", "DA-1999-0042", "Directed", null, "There is no approval DA-1999-0042");
    assertRefused("designee", " ", "Directed", null, "approval number", "required");
  }

  @Test
  void alreadyRemovedOrPendingApprovalIsRefused_IIIR() {
    String number = approvals.active("employee");
    requestRemoval("designee", number, "First direction", null);
    assertRefused("chief", number, "Second direction", null, "removal is already under way");
  }

  @Test
  void approvalAlreadyRemovedIsRefused_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance removal = requestRemoval("designee", number, "Directed", null);
    confirmRemoved(removal, "employee", Map.of(Vars.EVIDENCE_URL, "https://x.example", Vars.STATEMENT, "Gone"));
    verify(removal, "designee", true, null);
    execute(job());
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVED);

    assertRefused("chief", number, "Again", null, number, "already removed");
  }

  @Test
  void employeeWhoIsNeitherChiefNorDesigneeCannotDirectRemoval_IIIR() {
    String number = approvals.active("employee");
    assertRefused("employee2", number, "I do not like it", null, "Only the Chief of Police or a designee may direct");
    assertThat(register.find(number)).get().extracting(a -> a.status()).as("unchanged").isEqualTo(ApprovalStatus.ACTIVE);
  }

  @Test
  void directionWithoutReasonOrWithPastDeadlineIsRefused_IIIR() {
    String number = approvals.active("employee");
    assertRefused("designee", number, "  ", null, "reason for the direction", "required");
    assertRefused("designee", number, "Directed", "2001-01-01", "has already passed");
    assertRefused("designee", number, "Directed", "next week", "neither a date", "nor a duration");
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.ACTIVE);
  }

  @Test
  void removalConfirmedBySomeoneOtherThanTheRequesterIsRefused_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "Directed", null);
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    String taskId = task(Elements.REMOVE_POSTING).getId();
    Map<String, Object> confirmation = Map.of(Vars.OUTCOME, "removed", Vars.EVIDENCE_URL, "https://x.example", Vars.STATEMENT, "Gone");

    assertThatThrownBy(() -> staff.as("employee2", () -> engine.getTaskService().complete(taskId, confirmation)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> staff.as("admin", () -> engine.getTaskService().complete(taskId, confirmation)))
        .hasMessageContaining("Only the requester, employee, can confirm");
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    assertThat(removalCase(instance).confirmations()).isEmpty();
  }

  @Test
  void confirmationWithoutEvidenceOrWithDisguisedScreenshotIsRefused_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "Directed", null);
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    String taskId = task(Elements.REMOVE_POSTING).getId();

    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.OUTCOME, "removed", Vars.EVIDENCE_URL, "https://x.example"))))
        .hasMessageContaining("screenshot of the page after removal, or a statement");
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.OUTCOME, "removed", Vars.STATEMENT, "Gone"))))
        .hasMessageContaining("address (URL)");
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(taskId, Map.of(
        Vars.OUTCOME, "removed", Vars.EVIDENCE_URL, "https://x.example",
        Vars.EVIDENCE, SampleFiles.file("shot.png", "image/png", "#!/bin/sh".getBytes())))))
        .hasMessageContaining("not a PDF, PNG or JPEG");
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(taskId, Map.of(Vars.OUTCOME, "maybe"))))
        .hasMessageContaining("removed").hasMessageContaining("refused");

    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    assertThat(removalCase(instance).confirmations()).isEmpty();
  }

  @Test
  void stillVisibleWithoutNoteIsRefused_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "Directed", null);
    confirmRemoved(instance, "employee", Map.of(Vars.EVIDENCE_URL, "https://x.example", Vars.STATEMENT, "Gone"));

    assertThatThrownBy(() -> verify(instance, "designee", false, " "))
        .hasMessageContaining("note for the requester");
    assertThat(instance).isWaitingAt(Elements.VERIFY_REMOVAL);
  }
}
