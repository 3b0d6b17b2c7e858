package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.approval.ApprovalStatus;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.tasks.OwnRequestGuard;
import org.policy321.removal.RemovalOnDirection.Elements;
import org.policy321.removal.RemovalOnDirection.Outcomes;
import org.policy321.removal.RemovalOnDirection.Vars;
import org.policy321.testing.Officers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nobody acts on the removal of their own posting (§III.R): a designee whose approval is directed off
 * can neither take nor complete its verification, the decision on its partial removal or on its unremoved
 * posting; a member of the Chief's group whose unremoved posting goes to that group cannot review it.
 * Each refusal names who may act; another designee or the Chief does.
 */
class RemovalSeparationOfDutiesTest extends RemovalTestSupport {

  @Autowired Roster roster;

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

  @Test
  void aDesigneeCannotDecideThePartialRemovalOfTheirOwnPosting_IIIR() {
    String number = approvals.active("designee");
    ProcessInstance instance = requestRemoval("chief", number, "The posting shows a marked unit", null);
    answer(instance, "designee", Outcomes.CANNOT_REMOVE_ALL, "A news site embedded the photo", Map.of());
    String decision = task(Elements.DECIDE_PARTIAL_REMOVAL).getId();

    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().claim(decision, "designee")))
        .hasMessageContaining(OwnRequestGuard.REFUSAL).hasMessageContaining("The Chief of Police or another designee");
    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().complete(decision,
        Map.of(Vars.PARTIAL_DECISION, Outcomes.ACCEPT, Vars.DESIGNEE_NOTE, "Fine by me"))))
        .hasMessageContaining(OwnRequestGuard.REFUSAL);
    assertThat(engine.getTaskService().createTaskQuery().taskId(decision).singleResult().getAssignee()).isNull();
    assertThat(removalCase(instance).decisions()).isEmpty();
    assertThat(register.existing(number).status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);

    decidePartial(instance, "chief", Outcomes.ACCEPT, "The news site's copy is outside the designee's control", null);
    assertThat(removalCase(instance).decisions()).singleElement()
        .satisfies(d -> assertThat(d.decidedBy()).isEqualTo("chief"));
  }

  @Test
  void aDesigneeCannotDecideOnTheirOwnUnremovedPosting_IIIR_VA() {
    String number = approvals.active("designee");
    ProcessInstance instance = requestRemoval("chief", number, "The posting shows the inside of the station", null);
    answer(instance, "designee", Outcomes.REFUSED, "I disagree with the direction", Map.of());
    // The designee's supervisor on the roster is the Chief.
    reviewUnremoved(instance, "chief", "Discussed it with the Deputy Chief");
    String decision = task(Elements.DECIDE_UNREMOVED_POSTING).getId();

    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().claim(decision, "designee")))
        .hasMessageContaining(OwnRequestGuard.REFUSAL).hasMessageContaining("The Chief of Police or another designee");
    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().complete(decision, Map.of(
        Vars.UNREMOVED_DECISION, Outcomes.RECORD_REMOVED, Vars.DESIGNEE_NOTE, "It is gone", Vars.REFER_TO_IA, "false"))))
        .hasMessageContaining(OwnRequestGuard.REFUSAL);
    assertThat(removalCase(instance).decisions()).extracting(RemovalDecision::step)
        .containsExactly(RemovalDecision.Step.ESCALATION, RemovalDecision.Step.REVIEW);
    assertThat(register.existing(number).status()).isEqualTo(ApprovalStatus.REMOVAL_OVERDUE);

    decideUnremoved(instance, "chief", Outcomes.DIRECT_AGAIN, "Remove it, please", "P2D", "false");
    assertThat(register.existing(number).status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
  }

  @Test
  void aMemberOfTheChiefsGroupCannotReviewTheirOwnUnremovedPosting_IIIR_VA() {
    // Without a supervisor on the roster, the review goes to the group policy.removal.fallback-review-group (chief).
    String officer = Officers.enlist(engine, roster, "Morgan", "Hale", null);
    engine.getIdentityService().createMembership(officer, "chief");
    String number = approvals.active(officer);
    ProcessInstance instance = requestRemoval("designee", number, "Directed off", null);
    answer(instance, officer, Outcomes.REFUSED, "I will keep it", Map.of());
    String review = task(Elements.REVIEW_UNREMOVED_POSTING).getId();
    assertThat(task(Elements.REVIEW_UNREMOVED_POSTING).getAssignee()).isNull();

    assertThatThrownBy(() -> staff.as(officer, () -> engine.getTaskService().claim(review, officer)))
        .hasMessageContaining(OwnRequestGuard.REFUSAL).hasMessageContaining("The Chief of Police or another designee");
    assertThatThrownBy(() -> staff.as(officer, () -> engine.getTaskService().complete(review,
        Map.of(Vars.SUPERVISOR_NOTE, "Reviewed my own posting")))).hasMessageContaining(OwnRequestGuard.REFUSAL);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
    assertThat(removalCase(instance).decisions()).extracting(RemovalDecision::step)
        .containsExactly(RemovalDecision.Step.ESCALATION);

    reviewUnremoved(instance, "chief", "Spoke with the officer");
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(instance)
        .isWaitingAt(Elements.DECIDE_UNREMOVED_POSTING);
  }
}
