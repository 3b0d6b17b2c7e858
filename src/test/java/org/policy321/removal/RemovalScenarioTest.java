package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.policy321.removal.RemovalOnDirection.Elements;
import static org.policy321.removal.RemovalOnDirection.Vars;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.policy321.approval.ApprovalStatus;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.tasks.TaskReminder;
import org.policy321.testing.Officers;
import org.policy321.testing.PdfText;
import org.policy321.testing.SampleFiles;
import org.policy321.violation.ViolationCases;
import org.policy321.violation.ViolationIntent;
import org.policy321.violation.ViolationIntents;
import org.policy321.violation.ViolationReport;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path through bpmn/removal-on-direction.bpmn (§III.R). */
class RemovalScenarioTest extends RemovalTestSupport {

  @Autowired ViolationIntents violations;
  @Autowired ViolationCases cases;
  @Autowired Roster roster;

  @Test
  void directedRemovalConfirmedAndVerified_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "The photo shows a crime scene in the background", null);

    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING).hasPassed(Elements.OPEN_REMOVAL);
    Task removal = task(Elements.REMOVE_POSTING);
    assertThat(removal).isAssignedTo("employee");
    assertThat(removal.getDueDate()).as("default deadline P3D")
        .isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(3))), 60_000);
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
    assertThat(removalCase(instance).kind()).isEqualTo(RemovalKind.DIRECTED);

    confirmRemoved(instance, "employee", Map.of(Vars.EVIDENCE_URL, "https://social.example/employee",
        Vars.STATEMENT, "Deleted the photo and the album"));
    verify(instance, "designee", true, null);
    assertThat(instance).isWaitingAt(Elements.REVOKE_APPROVAL);
    execute(job());

    assertThat(instance).isEnded().hasPassed(Elements.POSTING_REMOVED).hasNotPassed(Elements.RECORD_VIOLATION_INTENT);
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVED);
    assertThat(removalCase(instance).status()).isEqualTo(RemovalStatus.REMOVED);
    FileValue notice = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(Vars.REVOCATION_NOTICE).singleResult().getTypedValue() instanceof FileValue file ? file : null;
    assertThat(PdfText.of(notice)).contains("Revocation notice", number, "supersedes the approval copy",
        "crime scene in the background", "Removal directed by", "Deputy Chief Daniel Okafor", "Officer Jordan Reyes",
        "Deleted the photo and the album");
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

    assertThat(instance).isEnded().hasPassed(Elements.POSTING_REMOVED);
    RemovalCase removal = removalCase(instance);
    assertThat(removal.confirmations()).hasSize(2);
    assertThat(removal.confirmations().get(0).verified()).isFalse();
    assertThat(removal.confirmations().get(0).verifierNote()).contains("cover photo");
    assertThat(removal.confirmations().get(1).verified()).isTrue();
    assertThat(removal.confirmations().get(1).evidenceFile()).isEqualTo("after.png");
  }

  @Test
  void refusedRemovalOfAnOfficerWithoutSupervisorGoesToTheConfiguredReviewGroup_IIIR() {
    String officer = Officers.enlist(engine, roster, "Casey", "Nolan", null);
    String number = approvals.active(officer);
    ProcessInstance instance = requestRemoval("designee", number, "Directed off after a complaint", null);
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    complete(task(Elements.REMOVE_POSTING), withVariables(Vars.OUTCOME, RemovalOnDirection.Outcomes.REFUSED,
        Vars.STATEMENT, "I will not take it down"));

    assertThat(instance).isWaitingAt(Elements.REVIEW_UNREMOVED_POSTING);
    Task review = task(Elements.REVIEW_UNREMOVED_POSTING);
    assertThat(review.getAssignee()).as("no person by default").isNull();
    assertThat(review).hasCandidateGroup("chief");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.SUPERVISOR_ID)).isNull();
  }

  @Test
  void overdueRemovalRemindsThenEscalatesToSupervisorWithViolation_IIIR_IIID() {
    String number = approvals.active("employee2");
    String dueDay = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC).plusDays(4).toString();
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

    assertThat(instance).isWaitingAt(Elements.REVIEW_UNREMOVED_POSTING).hasPassed(Elements.RECORD_VIOLATION_INTENT);
    assertThat(task(Elements.REVIEW_UNREMOVED_POSTING)).isAssignedTo("supervisor");
    assertThat(violations.fromProcess(instance.getId())).singleElement().satisfies(intent -> {
      assertThat(intent.subjectUserId()).isEqualTo("employee2");
      assertThat(intent.clauses()).isEqualTo("§III.R, §III.D");
      assertThat(intent.approvalNumber()).isEqualTo(number);
      assertThat(intent.summary()).contains("not removed by the deadline");
      assertThat(intent.status()).isEqualTo(ViolationIntent.REFERRED);
      // §V: the escalation opened a case for Internal Affairs, with no reporter and no start user.
      ViolationReport opened = cases.find(intent.caseNumber()).orElseThrow();
      assertThat(opened.subjectId()).isEqualTo("employee2");
      assertThat(opened.referredBy()).isEqualTo(instance.getId());
      assertThat(opened.reporterId()).isNull();
      assertThat(opened.routedTo()).isEqualTo("internal-affairs");
      assertThat(opened.clauses()).isEqualTo("§III.R, §III.D");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(opened.processInstanceId()).singleResult().getStartUserId()).isNull();
    });
    assertThat(register.find(number)).get().extracting(a -> a.status()).as("still not removed")
        .isEqualTo(ApprovalStatus.REMOVAL_PENDING);
    complete(task(Elements.REVIEW_UNREMOVED_POSTING), withVariables(Vars.SUPERVISOR_NOTE, "Spoke with the officer"));
    assertThat(instance).isEnded().hasPassed(Elements.REMOVAL_ESCALATED).hasNotPassed(Elements.VERIFY_REMOVAL);
    assertThat(removalCase(instance).status()).isEqualTo(RemovalStatus.ESCALATED);
  }

  @Test
  void refusedRemovalEscalatesAtOnce_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("chief", number, "Directed off", null);
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    String taskId = task(Elements.REMOVE_POSTING).getId();

    staff.as("employee", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.OUTCOME, RemovalOnDirection.Outcomes.REFUSED)));

    assertThat(instance).isWaitingAt(Elements.REVIEW_UNREMOVED_POSTING).hasNotPassed(Elements.VERIFY_REMOVAL);
    assertThat(violations.fromProcess(instance.getId())).singleElement().satisfies(intent -> {
      assertThat(intent.summary()).contains("the requester refused");
      // Completed by the employee, yet the case is not "reported" by them (§V.C: never against its reporter).
      ViolationReport opened = cases.find(intent.caseNumber()).orElseThrow();
      assertThat(opened.subjectId()).isEqualTo("employee");
      assertThat(opened.reporterId()).isNull();
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(opened.processInstanceId()).singleResult().getStartUserId()).isNull();
    });
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
    assertThat(instance).isEnded().hasPassed(Elements.POSTING_REMOVED);
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVED);
  }
}
