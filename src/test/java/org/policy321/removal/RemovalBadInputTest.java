package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.policy321.removal.RemovalOnDirection.Elements;
import static org.policy321.platform.rest.EngineRest.string;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.policy321.removal.RemovalOnDirection.Vars;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.approval.ApprovalStatus;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.SampleFiles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.policy321.violation.ViolationIntents;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A direction, answer or decision that cannot stand is refused with a clear message, and nothing changes
 * (§III.R); over {@code /engine-rest} as a 400 with the same sentence (so the whole application runs on a port).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class RemovalBadInputTest extends RemovalTestSupport {

  @Autowired ViolationIntents violations;
  @Autowired TestRestTemplate template;

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
        .hasMessageContaining("Only the requester, Officer Jordan Reyes, can confirm");
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
        .hasMessageContaining("removed").hasMessageContaining("cannot-remove-all").hasMessageContaining("refused");

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

  @Test
  void refusingWithoutAReasonIsRefused_nothingSaved_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "Directed", null);

    for (String blank : new String[] {null, "   "}) {
      assertThatThrownBy(() -> answer(instance, "employee", RemovalOnDirection.Outcomes.REFUSED, blank, Map.of()))
          .hasRootCauseInstanceOf(InvalidInputException.class)
          .hasMessageContaining("When you will not remove the posting, the reason (§III.R) is required.");
    }
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING).hasNotPassed(Elements.MARK_REMOVAL_OVERDUE);
    assertThat(removalCase(instance).confirmations()).isEmpty();
    assertThat(register.existing(number).status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
  }

  @Test
  void cannotRemoveAllWithoutAnExplanationOrWithABadAddressIsRefused_nothingSaved_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "Directed", null);

    assertThatThrownBy(() -> answer(instance, "employee", RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL, " ",
        Map.of(Vars.STATEMENT, "Deleted my post")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("what remains and why it is outside your control").hasMessageContaining("is required");
    assertThatThrownBy(() -> answer(instance, "employee", RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL,
        "Reposted by someone else", Map.of(Vars.EVIDENCE_URL, "my profile")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("is not a web address");

    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING).hasNotPassed(Elements.DECIDE_PARTIAL_REMOVAL);
    assertThat(removalCase(instance).confirmations()).isEmpty();
  }

  @Test
  void partialRemovalDecisionWithoutDecisionNoteOrValidDeadlineIsRefused_nothingChanged_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "Directed", null);
    answer(instance, "employee", RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL, "The account is closed", Map.of());
    Date due = Date.from(removalCase(instance).dueAt().toInstant());

    assertThatThrownBy(() -> decidePartial(instance, "designee", null, "A note", null))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("accept the partial removal (accept)")
        .hasMessageContaining("insist");
    assertThatThrownBy(() -> decidePartial(instance, "designee", "maybe", "A note", null))
        .hasMessageContaining("accept the partial removal (accept)");
    assertThatThrownBy(() -> decidePartial(instance, "designee", RemovalOnDirection.Outcomes.ACCEPT, " ", null))
        .hasMessageContaining("A note on what remains and why the requester cannot remove it is required.");
    assertThatThrownBy(() -> decidePartial(instance, "designee", RemovalOnDirection.Outcomes.INSIST, "Remove the rest", null))
        .hasMessageContaining("A new deadline for the requester").hasMessageContaining("is required");
    assertThatThrownBy(() -> decidePartial(instance, "designee", RemovalOnDirection.Outcomes.INSIST, "Remove the rest",
        "2001-01-01")).hasMessageContaining("has already passed");
    assertThatThrownBy(() -> decidePartial(instance, "designee", RemovalOnDirection.Outcomes.INSIST, "Remove the rest",
        "soon")).hasMessageContaining("neither a date").hasMessageContaining("nor a duration");

    assertThat(instance).isWaitingAt(Elements.DECIDE_PARTIAL_REMOVAL);
    RemovalCase removal = removalCase(instance);
    assertThat(removal.decisions()).isEmpty();
    assertThat(removal.status()).isEqualTo(RemovalStatus.OPEN);
    assertThat(Date.from(removal.dueAt().toInstant())).isEqualTo(due);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.DUE_AT)).isEqualTo(due);
    assertThat(register.existing(number).status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
  }

  @Test
  void unremovedPostingDecisionWithoutDecisionDeadlineReferralAnswerOrNoteIsRefused_nothingChanged_IIIR_VA() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "Directed", null);
    answer(instance, "employee", RemovalOnDirection.Outcomes.REFUSED, "No", Map.of());
    reviewUnremoved(instance, "supervisor", "Spoke with the officer");

    assertThatThrownBy(() -> decideUnremoved(instance, "designee", null, null, null, "false"))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("direct the requester again (direct-again)")
        .hasMessageContaining("record-removed");
    assertThatThrownBy(() -> decideUnremoved(instance, "designee", RemovalOnDirection.Outcomes.DIRECT_AGAIN, null, null,
        "false")).hasMessageContaining("A new deadline for the requester").hasMessageContaining("is required");
    assertThatThrownBy(() -> decideUnremoved(instance, "designee", RemovalOnDirection.Outcomes.DIRECT_AGAIN, null,
        "2001-01-01", "false")).hasMessageContaining("has already passed");
    assertThatThrownBy(() -> decideUnremoved(instance, "designee", RemovalOnDirection.Outcomes.DIRECT_AGAIN, null,
        "P3D", null)).hasMessageContaining("refer the unremoved posting to Internal Affairs").hasMessageContaining("yes or no");
    assertThatThrownBy(() -> decideUnremoved(instance, "designee", RemovalOnDirection.Outcomes.RECORD_REMOVED, " ", null,
        "true")).hasMessageContaining("A note on how you know the posting is gone is required.");

    assertThat(instance).isWaitingAt(Elements.DECIDE_UNREMOVED_POSTING).hasNotPassed(Elements.RECORD_VIOLATION_INTENT);
    RemovalCase removal = removalCase(instance);
    assertThat(removal.decisions()).extracting(RemovalDecision::step)
        .containsExactly(RemovalDecision.Step.ESCALATION, RemovalDecision.Step.REVIEW);
    assertThat(removal.status()).isEqualTo(RemovalStatus.ESCALATED);
    assertThat(register.existing(number).status()).isEqualTo(ApprovalStatus.REMOVAL_OVERDUE);
    assertThat(violations.fromProcess(instance.getId())).isEmpty();
  }

  @Test
  void reviewOfAnUnremovedPostingWithoutANoteIsRefused_IIIR_VA() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "Directed", null);
    answer(instance, "employee", RemovalOnDirection.Outcomes.REFUSED, "No", Map.of());

    assertThatThrownBy(() -> reviewUnremoved(instance, "supervisor", "  "))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("What you did about the unremoved posting is required.");
    assertThat(instance).isWaitingAt(Elements.REVIEW_UNREMOVED_POSTING);
    assertThat(removalCase(instance).decisions()).extracting(RemovalDecision::step)
        .containsExactly(RemovalDecision.Step.ESCALATION);
  }

  // --- the same refusals over /engine-rest: 400 with the sentence, nothing saved ---------------------------

  @Test
  void overRestARefusalWithoutReasonAndADirectionAgainWithoutDeadlineAnswer400WithTheSentence_IIIR() {
    EngineRest.serve(engine);
    EngineRest rest = new EngineRest(template);
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "Directed", null);
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    String removal = task(Elements.REMOVE_POSTING).getId();

    Reply refused = rest.post("employee", "/task/" + removal + "/complete",
        withVariables(Map.of(Vars.OUTCOME, string(RemovalOnDirection.Outcomes.REFUSED))));
    assertRefused(refused, "When you will not remove the posting, the reason (§III.R) is required.");
    Reply partial = rest.post("employee", "/task/" + removal + "/complete",
        withVariables(Map.of(Vars.OUTCOME, string(RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL), Vars.EXPLANATION, string(" "))));
    assertRefused(partial, "what remains and why it is outside your control");
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    assertThat(removalCase(instance).confirmations()).isEmpty();

    Reply withReason = rest.post("employee", "/task/" + removal + "/complete", withVariables(Map.of(
        Vars.OUTCOME, string(RemovalOnDirection.Outcomes.REFUSED), Vars.EXPLANATION, string("It is my own photo"))));
    assertThat(withReason.status()).as(withReason.toString()).isEqualTo(204);
    reviewUnremoved(instance, "supervisor", "Spoke with the officer");
    String decide = task(Elements.DECIDE_UNREMOVED_POSTING).getId();

    Reply noDeadline = rest.post("designee", "/task/" + decide + "/complete", withVariables(Map.of(
        Vars.UNREMOVED_DECISION, string(RemovalOnDirection.Outcomes.DIRECT_AGAIN), Vars.REFER_TO_IA, string("false"))));
    assertRefused(noDeadline, "A new deadline for the requester", "is required");
    Reply pastDeadline = rest.post("designee", "/task/" + decide + "/complete", withVariables(Map.of(
        Vars.UNREMOVED_DECISION, string(RemovalOnDirection.Outcomes.DIRECT_AGAIN), Vars.REFER_TO_IA, string("false"),
        Vars.NEW_DEADLINE, string("2001-01-01"))));
    assertRefused(pastDeadline, "has already passed");
    Reply noDecision = rest.post("designee", "/task/" + decide + "/complete", withVariables(Map.of(
        Vars.REFER_TO_IA, string("false"))));
    assertRefused(noDecision, "direct the requester again (direct-again)");

    assertThat(instance).isWaitingAt(Elements.DECIDE_UNREMOVED_POSTING);
    assertThat(removalCase(instance).decisions()).extracting(RemovalDecision::step)
        .containsExactly(RemovalDecision.Step.ESCALATION, RemovalDecision.Step.REVIEW);
    assertThat(register.existing(number).status()).isEqualTo(ApprovalStatus.REMOVAL_OVERDUE);
  }

  /** 400 in Camunda's error shape, with the application's sentence alone as the message. */
  private static void assertRefused(Reply reply, String... sentence) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().path("type").asText()).as(reply.toString()).isEqualTo("InvalidInputException");
    assertThat(reply.message()).as(reply.toString()).contains(sentence)
        .doesNotContain("ENGINE-").doesNotContain("TaskListener").doesNotStartWith("Cannot ");
  }
}
