package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.policy321.removal.RemovalOnDirection.Elements;
import static org.policy321.removal.RemovalOnDirection.Vars;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.approval.ApprovalListing;
import org.policy321.approval.ApprovalStatus;
import org.policy321.approval.ApprovalSummary;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.tasks.TaskReminder;
import org.policy321.testing.Officers;
import org.policy321.testing.SampleFiles;
import org.policy321.violation.ViolationCases;
import org.policy321.violation.ViolationIntent;
import org.policy321.violation.ViolationIntents;
import org.policy321.violation.ViolationReport;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path through bpmn/removal-on-direction.bpmn (§III.R). */
class RemovalScenarioTest extends RemovalTestSupport {

  @Autowired ApprovalListing listing;

  @Autowired ViolationIntents violations;
  @Autowired ViolationCases cases;
  @Autowired Roster roster;

  @Test
  void directedRemovalConfirmedAndVerified_requesterReadsTheRevocationNotice_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "The photo shows a crime scene in the background", null);

    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING).hasPassed(Elements.OPEN_REMOVAL);
    Task removal = task(Elements.REMOVE_POSTING);
    assertThat(removal).isAssignedTo("employee");
    assertThat(removal.getDueDate()).as("default deadline P3D")
        .isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(3))), 60_000);
    assertThat(job(Elements.REMOVAL_REMINDER).getDuedate()).as("computed by removalDeadlines: P1D before the deadline")
        .isEqualTo(Date.from(removal.getDueDate().toInstant().minus(Duration.ofDays(1))));
    assertDueWhenTimerFires(removal, instance.getId(), Elements.REMOVAL_OVERDUE);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "removalReminderAt")).as("no stored reminder date")
        .isNull();
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
    assertThat(removalCase(instance).kind()).isEqualTo(RemovalKind.DIRECTED);

    confirmRemoved(instance, "employee", Map.of(Vars.EVIDENCE_URL, "https://social.example/employee",
        Vars.STATEMENT, "Deleted the photo and the album"));
    verify(instance, "designee", true, null);
    assertThat(instance).isWaitingAt(Elements.REVOKE_APPROVAL);
    execute(job());

    assertThat(instance).hasPassed(Elements.REVOKE_APPROVAL).hasNotPassed(Elements.MARK_REMOVAL_OVERDUE,
        Elements.RECORD_VIOLATION_INTENT);
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVED);
    assertThat(removalCase(instance).status()).isEqualTo(RemovalStatus.REMOVED);
    assertThat(readRevocationNotice(instance, "employee")).contains("Revocation notice", number,
        "supersedes the approval copy", "crime scene in the background", "Removal directed by",
        "Deputy Chief Daniel Okafor", "Officer Jordan Reyes", "Deleted the photo and the album", "Verified by");
  }

  @Test
  void verificationRejectedOnceThenConfirmed_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("chief", number, "No longer appropriate", "P5D");

    confirmRemoved(instance, "employee", Map.of(Vars.EVIDENCE_URL, "https://social.example/employee",
        Vars.STATEMENT, "Removed"));
    verify(instance, "designee", false, "The cover photo still shows the badge");
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.VERIFIER_NOTE))
        .isEqualTo("The cover photo still shows the badge");

    confirmRemoved(instance, "employee", Map.of(Vars.EVIDENCE_URL, "https://social.example/employee",
        Vars.EVIDENCE, SampleFiles.file("after.png", "image/png", SampleFiles.png())));
    verify(instance, "designee", true, "Gone now");
    execute(job());
    readRevocationNotice(instance, "employee");

    RemovalCase removal = removalCase(instance);
    assertThat(removal.confirmations()).hasSize(2);
    assertThat(removal.confirmations().get(0).verified()).isFalse();
    assertThat(removal.confirmations().get(0).verifierNote()).contains("cover photo");
    assertThat(removal.confirmations().get(1).verified()).isTrue();
    assertThat(removal.confirmations().get(1).evidenceFile()).isEqualTo("after.png");
  }

  @Test
  void partialRemovalAccepted_approvalRemovedInPartAndTheNoticeSaysWhatRemains_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "The profile photo shows the patrol car", null);

    answer(instance, "employee", RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL,
        "A fan page I do not control reposted the photo; I asked them to take it down",
        Map.of(Vars.EVIDENCE_URL, "https://social.example/employee", Vars.STATEMENT, "Deleted my own post"));

    assertThat(instance).isWaitingAt(Elements.DECIDE_PARTIAL_REMOVAL).hasNotPassed(Elements.VERIFY_REMOVAL);
    assertThat(task(Elements.DECIDE_PARTIAL_REMOVAL)).hasCandidateGroup("designee").hasCandidateGroup("chief");
    assertThat(removalCase(instance).confirmations()).singleElement().satisfies(answer -> {
      assertThat(answer.outcome()).isEqualTo(RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL);
      assertThat(answer.explanation()).contains("fan page");
      assertThat(answer.statement()).isEqualTo("Deleted my own post");
    });
    decidePartial(instance, "designee", RemovalOnDirection.Outcomes.ACCEPT,
        "The repost is outside the officer's control; the department asked the page to remove it", null);
    assertThat(instance).isWaitingAt(Elements.REVOKE_APPROVAL);
    execute(job());

    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVED_IN_PART);
    assertThat(removalCase(instance).status()).isEqualTo(RemovalStatus.REMOVED_IN_PART);
    assertThat(readRevocationNotice(instance, "employee")).contains("Revocation notice", number,
        "within the limits of their control", "outside the requester's control", "fan page I do not control",
        "Accepted in part by", "Deputy Chief Daniel Okafor", "the department asked the page");
    assertThat(instance).hasNotPassed(Elements.MARK_REMOVAL_OVERDUE, Elements.VERIFY_REMOVAL);
  }

  @Test
  void partialRemovalInsistedOnTwice_eachTimeWithANewDeadline_thenRemovedAndVerified_IIIR() {
    String number = approvals.active("employee2");
    ProcessInstance instance = requestRemoval("chief", number, "The banner shows the department's logo", null);

    answer(instance, "employee2", RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL, "The old blog is archived", Map.of());
    decidePartial(instance, "designee", RemovalOnDirection.Outcomes.INSIST,
        "Archived blogs can be deleted from the account settings", "P5D");

    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    Task again = task(Elements.REMOVE_POSTING);
    Date fiveDays = Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(5)));
    assertThat(again.getDueDate()).as("the new deadline").isCloseTo(fiveDays, 60_000);
    assertThat(job(Elements.REMOVAL_REMINDER).getDuedate()).as("the reminder follows the new deadline")
        .isEqualTo(Date.from(again.getDueDate().toInstant().minus(Duration.ofDays(1))));
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.DESIGNEE_NOTE))
        .isEqualTo("Archived blogs can be deleted from the account settings");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.NEW_DEADLINE)).as("consumed").isNull();
    assertThat(removalCase(instance).dueAt().toInstant()).isEqualTo(again.getDueDate().toInstant());

    answer(instance, "employee2", RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL, "I no longer have the password",
        Map.of());
    String dueDay = inDays(7);
    decidePartial(instance, "chief", RemovalOnDirection.Outcomes.INSIST, "Reset the password; IT can help", dueDay);
    assertThat(task(Elements.REMOVE_POSTING).getDueDate().toInstant().toString()).startsWith(dueDay + "T23:59:59");

    confirmRemoved(instance, "employee2", Map.of(Vars.EVIDENCE_URL, "https://blog.example/employee2",
        Vars.STATEMENT, "Deleted the blog after resetting the password"));
    verify(instance, "designee", true, null);
    execute(job());
    assertThat(readRevocationNotice(instance, "employee2")).contains("Deleted the blog after resetting the password");

    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVED);
    RemovalCase removal = removalCase(instance);
    assertThat(removal.status()).isEqualTo(RemovalStatus.REMOVED);
    assertThat(removal.confirmations()).extracting(RemovalConfirmation::outcome).containsExactly(
        RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL, RemovalOnDirection.Outcomes.CANNOT_REMOVE_ALL,
        RemovalOnDirection.Outcomes.REMOVED);
    assertThat(removal.decisions()).extracting(RemovalDecision::decision, RemovalDecision::decidedBy).containsExactly(
        tuple(RemovalOnDirection.Outcomes.INSIST, "designee"), tuple(RemovalOnDirection.Outcomes.INSIST, "chief"));
  }

  @Test
  void refusedRemovalOfAnOfficerWithoutSupervisorGoesToTheConfiguredReviewGroup_IIIR() {
    String officer = Officers.enlist(engine, roster, "Casey", "Nolan", null);
    String number = approvals.active(officer);
    ProcessInstance instance = requestRemoval("designee", number, "Directed off after a complaint", null);
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    complete(task(Elements.REMOVE_POSTING), withVariables(Vars.OUTCOME, RemovalOnDirection.Outcomes.REFUSED,
        Vars.EXPLANATION, "I will not take it down"));

    assertThat(instance).isWaitingAt(Elements.REVIEW_UNREMOVED_POSTING);
    Task review = task(Elements.REVIEW_UNREMOVED_POSTING);
    assertThat(review.getAssignee()).as("no person by default").isNull();
    assertThat(review).hasCandidateGroup("chief");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.SUPERVISOR_ID)).isNull();
  }

  @Test
  void overdueRemovalRemindsThenEscalates_noInternalAffairsCaseUnlessChosen_designeeRecordsItRemoved_IIIR_VA() {
    String number = approvals.active("employee2");
    String dueDay = inDays(4);
    ProcessInstance instance = requestRemoval("designee", number, "Directed off after a complaint", dueDay);

    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(4).plusHours(1))));
    execute(job(Elements.REMOVAL_REMINDER));
    assertThat(instance).hasPassed(Elements.REMIND_REQUESTER).isWaitingAt(Elements.REMOVE_POSTING);
    Task reminded = task(Elements.REMOVE_POSTING);
    assertThat(reminded.getPriority()).isEqualTo(TaskReminder.REMINDED_PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(reminded.getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains(number, dueDay));

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
    execute(job(Elements.REMOVAL_OVERDUE));

    assertThat(instance).isWaitingAt(Elements.REVIEW_UNREMOVED_POSTING).hasPassed(Elements.MARK_REMOVAL_OVERDUE)
        .hasNotPassed(Elements.RECORD_VIOLATION_INTENT);
    assertThat(task(Elements.REVIEW_UNREMOVED_POSTING)).isAssignedTo("supervisor");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.ESCALATION_CAUSE))
        .isEqualTo(RemovalOnDirection.Outcomes.OVERDUE);
    assertThat(violations.fromProcess(instance.getId())).as("no §V case without a person deciding").isEmpty();
    assertThat(register.find(number)).get().extracting(a -> a.status()).as("not orphaned: overdue, with a task")
        .isEqualTo(ApprovalStatus.REMOVAL_OVERDUE);
    assertThat(listing.inForce()).as("the approvals list shows it, overdue").filteredOn(a -> a.approvalNumber().equals(number))
        .extracting(ApprovalSummary::status).containsExactly(ApprovalStatus.REMOVAL_OVERDUE);
    assertThat(listing.inForceFor("employee2")).extracting(ApprovalSummary::approvalNumber).contains(number);
    assertThat(removalCase(instance).status()).isEqualTo(RemovalStatus.ESCALATED);

    reviewUnremoved(instance, "supervisor", "Spoke with the officer; she says the page is gone");
    assertThat(instance).isWaitingAt(Elements.DECIDE_UNREMOVED_POSTING);
    assertThat(task(Elements.DECIDE_UNREMOVED_POSTING)).hasCandidateGroup("designee").hasCandidateGroup("chief");
    decideUnremoved(instance, "designee", RemovalOnDirection.Outcomes.RECORD_REMOVED,
        "Checked the address myself on " + dueDay + ": the page is gone", null, "false");

    assertThat(instance).isWaitingAt(Elements.REVOKE_APPROVAL).hasNotPassed(Elements.RECORD_VIOLATION_INTENT);
    execute(job());
    assertThat(readRevocationNotice(instance, "employee2")).contains("Removal recorded by", "Deputy Chief Daniel Okafor",
        "Checked the address myself");
    assertThat(instance).hasNotPassed(Elements.RECORD_VIOLATION_INTENT, Elements.VERIFY_REMOVAL);
    assertThat(violations.fromProcess(instance.getId())).as("not referred: no intent, no case").isEmpty();
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVED);
    assertThat(listing.inForce()).as("removed: history, not the list").extracting(ApprovalSummary::approvalNumber)
        .doesNotContain(number);
    RemovalCase removal = removalCase(instance);
    assertThat(removal.status()).isEqualTo(RemovalStatus.REMOVED);
    assertThat(removal.decisions()).extracting(RemovalDecision::step, RemovalDecision::decision).containsExactly(
        tuple(RemovalDecision.Step.ESCALATION, RemovalOnDirection.Outcomes.OVERDUE),
        tuple(RemovalDecision.Step.REVIEW, "reviewed"),
        tuple(RemovalDecision.Step.UNREMOVED, RemovalOnDirection.Outcomes.RECORD_REMOVED));
    assertThat(removal.decisions().get(1).note()).contains("Spoke with the officer");
    assertThat(removal.decisions().get(2).referred()).isFalse();
  }

  @Test
  void refusedWithAReason_supervisorReviews_designeeDirectsAgainAndRefersToInternalAffairs_thenRemoved_IIIR_VA() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("chief", number, "Directed off", null);
    answer(instance, "employee", RemovalOnDirection.Outcomes.REFUSED, "The photo is my own and I like it", Map.of());

    assertThat(instance).isWaitingAt(Elements.REVIEW_UNREMOVED_POSTING).hasNotPassed(Elements.VERIFY_REMOVAL);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.ESCALATION_CAUSE))
        .isEqualTo(RemovalOnDirection.Outcomes.REFUSED);
    assertThat(violations.fromProcess(instance.getId())).isEmpty();
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVAL_OVERDUE);
    reviewUnremoved(instance, "supervisor", "Told the officer that the Chief's direction stands");

    String dueDay = inDays(6);
    decideUnremoved(instance, "designee", RemovalOnDirection.Outcomes.DIRECT_AGAIN, "Remove it by the new deadline",
        dueDay, "true");

    assertThat(instance).hasPassed(Elements.RECORD_VIOLATION_INTENT).isWaitingAt(Elements.REMOVE_POSTING);
    assertThat(violations.fromProcess(instance.getId())).singleElement().satisfies(intent -> {
      assertThat(intent.subjectUserId()).isEqualTo("employee");
      assertThat(intent.clauses()).isEqualTo("§III.R, §III.D");
      assertThat(intent.approvalNumber()).isEqualTo(number);
      assertThat(intent.summary()).contains("the requester refused", "The photo is my own", "Referred to Internal Affairs by Deputy Chief Daniel Okafor");
      assertThat(intent.status()).isEqualTo(ViolationIntent.REFERRED);
      // §V: the designee's referral opened a case for Internal Affairs, with no reporter and no start user.
      ViolationReport opened = cases.find(intent.caseNumber()).orElseThrow();
      assertThat(opened.subjectId()).isEqualTo("employee");
      assertThat(opened.referredBy()).isEqualTo(instance.getId());
      assertThat(opened.reporterId()).isNull();
      assertThat(opened.routedTo()).isEqualTo("internal-affairs");
      assertThat(opened.clauses()).isEqualTo("§III.R, §III.D");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(opened.processInstanceId()).singleResult().getStartUserId()).isNull();
    });
    assertThat(register.find(number)).get().extracting(a -> a.status()).as("pending again")
        .isEqualTo(ApprovalStatus.REMOVAL_PENDING);
    Task again = task(Elements.REMOVE_POSTING);
    assertThat(again).isAssignedTo("employee");
    assertThat(again.getDueDate().toInstant().toString()).startsWith(dueDay + "T23:59:59");
    assertThat(removalCase(instance).status()).isEqualTo(RemovalStatus.OPEN);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.EXPLANATION)).as("last round's, cleared")
        .isNull();

    // The timers follow the new deadline: the reminder fires a day before it.
    ClockUtil.setCurrentTime(Date.from(again.getDueDate().toInstant().minus(Duration.ofHours(23))));
    execute(job(Elements.REMOVAL_REMINDER));
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    assertThat(engine.getTaskService().getTaskComments(again.getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains(number, dueDay));

    confirmRemoved(instance, "employee", Map.of(Vars.EVIDENCE_URL, "https://social.example/employee",
        Vars.STATEMENT, "Deleted it after all"));
    verify(instance, "designee", true, null);
    execute(job());
    readRevocationNotice(instance, "employee");
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVED);
    assertThat(violations.fromProcess(instance.getId())).as("referred once").hasSize(1);
    assertThat(engine.getIdentityService().getCurrentAuthentication()).as("signed out again by Staff.as").isNull();
  }

  @Test
  void requesterReportsTheEndOfTheirPosting_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("employee", number.toLowerCase(), "The recruiting campaign is over", null);

    assertThat(removalCase(instance).kind()).isEqualTo(RemovalKind.REPORTED_BY_REQUESTER);
    assertThat(removalCase(instance).approvalNumber()).as("number normalised").isEqualTo(number);
    confirmRemoved(instance, "employee", Map.of(Vars.EVIDENCE_URL, "https://social.example/employee",
        Vars.STATEMENT, "Page deleted"));
    verify(instance, "chief", true, null);
    execute(job());
    assertThat(readRevocationNotice(instance, "employee")).contains("End reported by");
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVED);
  }
}
