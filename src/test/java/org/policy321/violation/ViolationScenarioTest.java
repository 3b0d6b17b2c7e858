package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import org.policy321.violation.anonymous.AnonymousReports;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.policy321.platform.tasks.TaskReminder;
import org.policy321.testing.PdfText;
import org.policy321.testing.VeraPdf;

/** Paths through bpmn/violation-report.bpmn from report to a finding that closes the case (§V.A–§V.C). */
class ViolationScenarioTest extends ViolationTestSupport {

  @Test
  void namedReportToInternalAffairsFoundUnfounded_VA_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));

    ViolationReport received = caseOf(instance);
    assertThat(received.caseNumber()).matches("VR-\\d{4}-\\d{4}");
    assertThat(instance.getBusinessKey()).isEqualTo(received.caseNumber());
    assertThat(received.reporterId()).isEqualTo("employee2");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getStartUserId()).as("§V.C: the case names no start user").isNull();
    assertThat(received.subjectId()).isEqualTo(officer);
    assertThat(correspondence(instance, CorrespondenceKind.RECEIPT)).singleElement().asString()
        .contains(received.caseNumber(), "Internal Affairs");
    assertThat(instance).hasPassed("EndEvent_BelowThreshold");
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("reporterId")
        .doesNotContainValue("employee2");

    triage(instance, "ia", "accept", Map.of());
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE).hasNotPassed(Elements.TAKE_IMMEDIATE_ACTION);
    giveStatement(instance, officer, "I never posted anything about that case.");
    investigate(instance, "finding", Map.of(Vars.FINDING, "unfounded", Vars.INVESTIGATION_NOTES, "No such post"));
    assertThat(correspondence(instance, CorrespondenceKind.STATUS)).anyMatch(t -> t.contains("investigator"));

    execute(job());
    Task notice = partyTask(instance);
    assertThat(notice.getAssignee()).isEqualTo(officer);
    assertThat(notice.getName()).isEqualTo("Read the notice of finding — case " + received.caseNumber());
    FileValue pdf = (FileValue) engine.getTaskService().getVariableTyped(notice.getId(), Vars.FINDING_NOTICE);
    VeraPdf.assertPdfA2b(PdfText.bytes(pdf));
    assertThat(PdfText.of(pdf)).contains("Notice of finding", received.caseNumber(), "Unfounded", "Officer Sam Carter",
            "Why the policy applies", PolicyScope.IDENTIFIES_AS_EMPLOYEE.meaning)
        .doesNotContain("Priya", "Shah", "employee2");
    assertThat(engine.getTaskService().getVariables(notice.getId())).doesNotContainKeys(Vars.INVESTIGATION_NOTES,
        Vars.WHAT_WAS_POSTED, Vars.EVIDENCE_URL);
    complete(officer, notice, Map.of());

    assertThat(instance).isEnded().hasPassed(Elements.CLOSED_WITHOUT_DISCIPLINE);
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(correspondence(instance, CorrespondenceKind.DISPOSITION)).singleElement().asString().contains("Unfounded");
    // Receipt, accepted, investigator assigned, disposition: each a Tasklist notice for the named reporter,
    // in a process of the reporter's own, started by nobody and carrying nothing but the notice.
    List<Task> notices = notices("employee2", received.caseNumber());
    assertThat(notices).extracting(Task::getName).containsOnly(ReporterNotices.NOTICE_TASK_NAME);
    assertThat(notices).extracting(this::noticeText).hasSize(4).anyMatch(text -> text.contains("Unfounded"))
        .allMatch(text -> text.contains(received.caseNumber()));
    Task receipt = notices.get(0);
    assertThat(engine.getTaskService().getVariables(receipt.getId()))
        .containsOnlyKeys(Vars.REPORT_ID, Vars.CASE_NUMBER, Vars.NOTICE);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(receipt.getProcessInstanceId()).singleResult().getStartUserId()).isNull();
    complete("employee2", receipt, Map.of());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(receipt.getProcessInstanceId()).singleResult().getEndActivityId()).isEqualTo("EndEvent_NoticeRead");
    assertThat(notices("employee2", received.caseNumber())).hasSize(3);
  }

  @Test
  void anonymousReportViaSupervisorHandedToInternalAffairsClosedAsNotAViolation_VA() {
    String officer = newOfficer("Sam", "Carter");
    List<String> receipt = new ArrayList<>();
    ProcessInstance instance = reportAnonymously(report("nobody we know", "supervisor", false), receipt);
    ViolationReport received = caseOf(instance);
    assertThat(received.anonymous()).isTrue();
    assertThat(received.subjectId()).isNull();
    assertThat(received.reporterId()).isNull();

    assertThat(task(instance, Elements.TRIAGE_REPORT).getAssignee()).isEqualTo("supervisor");
    triage(instance, "supervisor", "hand-off", Map.of());
    Task atInternalAffairs = task(instance, Elements.TRIAGE_REPORT);
    assertThat(atInternalAffairs.getAssignee()).isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(atInternalAffairs.getId())
        .taskCandidateGroup("internal-affairs").count()).isOne();
    triage(instance, "ia", "not-a-violation", Map.of(Vars.TRIAGE_REASON, "The post is a private joke between friends"));

    assertThat(instance).isEnded().hasPassed(Elements.NOT_A_VIOLATION);
    AnonymousReports.Status status = anonymous.status(receipt.get(0));
    assertThat(status.status()).isEqualTo(CaseStatus.NOT_A_VIOLATION.description);
    assertThat(status.correspondence()).extracting(ReportCorrespondence::text)
        .anyMatch(t -> t.contains("handed to Internal Affairs"))
        .anyMatch(t -> t.contains("private joke"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(value = Finding.class, names = "SUSTAINED", mode =
      org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE)
  void everyFindingButSustainedClosesTheCaseWithNoticeToEmployeeAndReporter_VB(Finding finding) {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    giveStatement(instance, officer, "The account is not mine.");
    investigate(instance, "finding", Map.of(Vars.FINDING, finding.value()));
    runStep(instance, Elements.ISSUE_FINDING_NOTICE);

    Task notice = partyTask(instance);
    assertThat(PdfText.of((FileValue) engine.getTaskService().getVariableTyped(notice.getId(), Vars.FINDING_NOTICE)))
        .contains(finding.meaning.split(":")[0]);
    complete(officer, notice, Map.of());
    assertThat(instance).isEnded().hasNotPassed(Elements.RECOMMEND_DISCIPLINE);
    assertThat(caseOf(instance).finding()).isEqualTo(finding);
    assertThat(correspondence(instance, CorrespondenceKind.DISPOSITION)).singleElement().asString()
        .contains(finding.meaning);
  }

  @Test
  void duplicateMergedIntoTheOpenCase_VA() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance first = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(first, "ia", "accept", Map.of());
    ProcessInstance second = reportNamed("supervisor", report(officer, "internal-affairs", false));

    triage(second, "ia", "duplicate", Map.of(Vars.DUPLICATE_OF, caseOf(first).caseNumber().toLowerCase()));

    assertThat(second).isEnded().hasPassed(Elements.MERGED_AS_DUPLICATE);
    assertThat(caseOf(second).status()).isEqualTo(CaseStatus.MERGED);
    assertThat(caseOf(second).mergedInto()).isEqualTo(caseOf(first).caseNumber());
    assertThat(correspondence(second, CorrespondenceKind.DISPOSITION)).singleElement().asString().contains("same matter");
    assertThat(first).isWaitingAt(Elements.INVESTIGATE);
  }

  @Test
  void policyFailureAboutAnUnidentifiedEmployeeClosesWithoutNotice_VB() {
    ProcessInstance instance = reportNamed("employee2", report("someone on the night shift", "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    investigate(instance, "finding", Map.of(Vars.FINDING, "policy-failure"));
    runStep(instance, Elements.ISSUE_FINDING_NOTICE);

    assertThat(instance).isEnded().hasPassed(Elements.CLOSED_UNIDENTIFIED).hasNotPassed(Elements.READ_FINDING_NOTICE);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(Vars.FINDING_NOTICE).count()).isZero();
    assertThat(correspondence(instance, CorrespondenceKind.DISPOSITION)).singleElement().asString()
        .contains("Policy failure", "policy will be reviewed");
  }

  @Test
  void earlyInterventionAtTheThirdReportWithinTheWindow_VB() {
    String officer = newOfficer("Alex", "Morgan");
    ProcessInstance firstReport = reportNamed("employee2", report(officer, "internal-affairs", false));
    ProcessInstance secondReport = reportNamed("supervisor", report(officer, "internal-affairs", false));
    assertThat(firstReport).hasPassed("EndEvent_BelowThreshold");
    assertThat(secondReport).hasPassed("EndEvent_BelowThreshold");

    ProcessInstance third = reportNamed("hr", report(officer, "internal-affairs", false));

    Task review = task(third, Elements.REVIEW_EARLY_INTERVENTION);
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).taskCandidateGroup("internal-affairs").count()).isOne();
    assertThat((String) engine.getTaskService().getVariable(review.getId(), Vars.EARLY_INTERVENTION_REASON))
        .contains("3 reports", "P12M");
    complete("ia", review, Map.of());
    assertThat(third).hasPassed("EndEvent_EarlyInterventionReviewed").isWaitingAt(Elements.TRIAGE_REPORT);
  }

  @Test
  void reportAgainstSomeoneWhoReportedTheReporterIsFlaggedAsPossibleRetaliation_VC() {
    String officer = newOfficer("Sam", "Carter");
    String colleague = newOfficer("Robin", "Lee");
    ProcessInstance original = reportNamed(officer, report(colleague, "internal-affairs", false));
    assertThat(caseOf(original).retaliationFlag()).isFalse();

    ProcessInstance counter = reportNamed(colleague, report(officer, "internal-affairs", false));

    assertThat(caseOf(counter).retaliationFlag()).isTrue();
    assertThat(engine.getTaskService().getVariable(task(counter, Elements.TRIAGE_REPORT).getId(), Vars.RETALIATION_FLAG))
        .isEqualTo(true);
  }

  @Test
  void supervisorsTriageIsRemindedAfterADayAndOfferedToInternalAffairsAfterTwo_VA() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Sam", "Carter"), "my-supervisor", false));
    Task triage = task(instance, Elements.TRIAGE_REPORT);
    assertThat(triage.getAssignee()).isEqualTo("supervisor");
    assertThat(triage.getDueDate()).as("policy.violation.triage.deadline P2D")
        .isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(2))), 60_000);
    assertDueWhenTimerFires(triage, instance.getId(), Elements.TRIAGE_OVERDUE);

    fire(instance, Elements.TRIAGE_REMINDER, Duration.ofDays(1).plusMinutes(1));
    assertThat(instance).hasPassed(Elements.REMIND_TRIAGE, Elements.TRIAGE_REMINDED).isWaitingAt(Elements.TRIAGE_REPORT);
    assertThat(task(instance, Elements.TRIAGE_REPORT).getPriority()).isEqualTo(TaskReminder.REMINDED_PRIORITY);

    fire(instance, Elements.TRIAGE_OVERDUE, Duration.ofDays(1));
    assertThat(instance).hasPassed(Elements.ESCALATE_TRIAGE, Elements.TRIAGE_ESCALATED).isWaitingAt(Elements.TRIAGE_REPORT);
    Task escalated = task(instance, Elements.TRIAGE_REPORT);
    assertThat(escalated.getId()).as("the same task, nothing lost").isEqualTo(triage.getId());
    assertThat(escalated.getAssignee()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(escalated.getId()))
        .extracting(link -> link.getGroupId() != null ? "group:" + link.getGroupId() : "user:" + link.getUserId())
        .contains("group:internal-affairs", "user:supervisor");
    assertThat(engine.getTaskService().getTaskComments(escalated.getId())).extracting(c -> c.getFullMessage())
        .hasSize(2).anySatisfy(text -> assertThat(text).contains("Reminder", "§V.A"))
        .anySatisfy(text -> assertThat(text).contains("Overdue", "Internal Affairs", "§V.A"));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .as("reminded once, escalated once").isZero();

    triage(instance, "ia", "accept", Map.of());
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE);
  }

  @Test
  void internalAffairsTriageOverdueIsOfferedToTheChief_VA() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Sam", "Carter"), "internal-affairs", false));
    Task triage = task(instance, Elements.TRIAGE_REPORT);
    staff.as("ia", () -> engine.getTaskService().claim(triage.getId(), "ia"));

    fire(instance, Elements.TRIAGE_REMINDER, Duration.ofDays(1).plusMinutes(1));
    fire(instance, Elements.TRIAGE_OVERDUE, Duration.ofDays(1));

    Task escalated = task(instance, Elements.TRIAGE_REPORT);
    assertThat(engine.getTaskService().createTaskQuery().taskId(escalated.getId()).taskCandidateGroup("chief").count())
        .isOne();
    assertThat(engine.getTaskService().getTaskComments(escalated.getId())).extracting(c -> c.getFullMessage())
        .anySatisfy(text -> assertThat(text).contains("Overdue", "the Chief of Police"));
    triage(instance, "chief", "not-a-violation", Map.of(Vars.TRIAGE_REASON, "Satire account, not an employee"));
    assertThat(instance).isEnded().hasPassed(Elements.NOT_A_VIOLATION);
  }

  @Test
  void aNoticeOfFindingNotAcknowledgedByItsDeadlineIsRecordedAndTheCaseCloses_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    letStatementTimeElapse(instance);
    investigate(instance, "finding", Map.of(Vars.FINDING, Finding.EXONERATED.value()));
    runStep(instance, Elements.ISSUE_FINDING_NOTICE);
    Task notice = partyTask(instance);
    assertThat(notice.getDueDate()).as("policy.violation.notice.acknowledgement-deadline P14D")
        .isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14))), 60_000);
    assertDueWhenTimerFires(notice, instance.getId(), Elements.FINDING_NOTICE_UNACKNOWLEDGED);

    fire(instance, Elements.FINDING_NOTICE_UNACKNOWLEDGED, Duration.ofDays(14).plusMinutes(1));

    assertThat(instance).isEnded().hasPassed(Elements.RECORD_FINDING_NOTICE_UNACKNOWLEDGED,
        Elements.CLOSED_FINDING_NOTICE_UNACKNOWLEDGED).hasNotPassed("EndEvent_ClosedWithoutDiscipline");
    assertThat(engine.getTaskService().createTaskQuery().taskId(notice.getId()).count()).as("the task ended").isZero();
    ViolationReport closed = caseOf(instance);
    assertThat(closed.noticeAcknowledged()).isFalse();
    assertThat(closed.finding()).isEqualTo(Finding.EXONERATED);
  }
}
