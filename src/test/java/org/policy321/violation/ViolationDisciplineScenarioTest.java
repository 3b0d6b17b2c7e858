package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

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

/**
 * Paths through bpmn/violation-report.bpmn that reach the Chief: immediate action (in time and
 * escalated), the investigation's questions, extensions and deadline, and every discipline branch
 * with its due process (§V.A, §V.B).
 */
class ViolationDisciplineScenarioTest extends ViolationTestSupport {

  @Test
  void selfReportIsAcceptedMarkedAndRecommendedOneStepLighter_PurposeFour_VA() {
    String officer = newOfficer("Robin", "Ellis");
    ProcessInstance instance = reportNamed(officer, report(officer, "internal-affairs", false));

    ViolationReport received = caseOf(instance);
    assertThat(received.subjectId()).isEqualTo(officer);
    assertThat(received.reporterId()).isEqualTo(officer);
    assertThat(received.selfReported()).isTrue();
    assertThat(received.retaliationFlag()).as("reporting oneself is not retaliation").isFalse();
    Task triage = task(instance, Elements.TRIAGE_REPORT);
    assertThat(engine.getTaskService().getVariable(triage.getId(), Vars.SELF_REPORTED)).isEqualTo(true);

    triage(instance, "ia", "accept", Map.of(Vars.IDENTIFIED_SUBJECT, officer));
    giveStatement(instance, officer, "I posted it by mistake and took it down.");
    findSustained(instance, "conduct", "serious");
    Task decide = task(instance, Elements.DECIDE_DISCIPLINE);
    assertThat(engine.getTaskService().getVariable(decide.getId(), Vars.RECOMMENDATION))
        .as("a serious first violation reported by the employee: training rather than a reprimand")
        .isEqualTo("referral-for-training");
  }

  @Test
  void aDisciplineNoticeNotAcknowledgedByItsDeadlineIsRecordedAsNotAcknowledged_VB() {
    String officer = newOfficer("Robin", "Hale");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    giveStatement(instance, officer, "It was a joke.");
    findSustained(instance, "conduct", "minor");
    complete("chief", task(instance, Elements.DECIDE_DISCIPLINE), Map.of(Vars.DISCIPLINE, "counseling",
        Vars.EFFECTIVE_DATE, "2026-12-01"));
    runStep(instance, Elements.ISSUE_DISCIPLINE_NOTICE);
    assertThat(partyTask(instance).getAssignee()).isEqualTo(officer);

    fire(instance, Elements.DISCIPLINE_NOTICE_UNACKNOWLEDGED, Duration.ofDays(14).plusMinutes(1));

    assertThat(instance).isEnded().hasPassed(Elements.RECORD_DISCIPLINE_UNACKNOWLEDGED,
        Elements.CLOSED_DISCIPLINE_UNACKNOWLEDGED).hasNotPassed(Elements.DISCIPLINE_NOTICED);
    ViolationReport closed = caseOf(instance);
    assertThat(closed.noticeAcknowledged()).isFalse();
    assertThat(closed.discipline()).isEqualTo(Discipline.COUNSELING);
  }

  @Test
  void immediateActionInTimeThenWrittenReprimandAcknowledgementRefused_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", true));
    triage(instance, "ia", "accept", Map.of());

    Task action = task(instance, Elements.TAKE_IMMEDIATE_ACTION);
    assertThat(action.getDueDate()).isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(4))), 60_000);
    assertThat(engine.getTaskService().createTaskQuery().taskId(action.getId()).taskCandidateGroup("designee").count()).isOne();
    complete("chief", action, Map.of(Vars.IMMEDIATE_ACTION, "referred", Vars.ACTION_TAKEN, "Ordered removal; victim's family informed"));

    giveStatement(instance, officer, "I did not know the name was protected.");
    findSustained(instance, "conduct", "serious");
    Task decide = task(instance, Elements.DECIDE_DISCIPLINE);
    assertThat(engine.getTaskService().getVariable(decide.getId(), Vars.RECOMMENDATION)).isEqualTo("written-reprimand");
    complete("chief", decide, Map.of(Vars.DISCIPLINE, "written-reprimand", Vars.EFFECTIVE_DATE, "2026-12-01"));
    assertThat(instance).hasNotPassed(Elements.ISSUE_NOTICE_OF_INTENT);

    runStep(instance, Elements.ISSUE_DISCIPLINE_NOTICE);
    Task acknowledge = partyTask(instance);
    assertThat(acknowledge.getAssignee()).isEqualTo(officer);
    assertDueWhenTimerFires(acknowledge, instance.getId(), Elements.DISCIPLINE_NOTICE_UNACKNOWLEDGED);
    FileValue notice = (FileValue) engine.getTaskService().getVariableTyped(acknowledge.getId(), Vars.DISCIPLINE_NOTICE);
    VeraPdf.assertPdfA2b(PdfText.bytes(notice));
    assertThat(PdfText.of(notice)).contains("Notice of discipline", "Written reprimand", "December 1, 2026",
        "§IV.G Names of victims of sexual assault or child molestation",
        "Personnel Rules", "§III.K", "Officer Sam Carter", "Margaret Holloway").doesNotContain("Priya", "employee2");
    complete(officer, acknowledge, Map.of(Vars.ACKNOWLEDGED, "false"));

    assertThat(instance).isEnded().hasPassed(Elements.DISCIPLINE_NOTICED);
    ViolationReport closed = caseOf(instance);
    assertThat(closed.noticeAcknowledged()).isFalse();
    assertThat(closed.discipline()).isEqualTo(Discipline.WRITTEN_REPRIMAND);
    assertThat(correspondence(instance, CorrespondenceKind.DISPOSITION)).singleElement().asString()
        .contains("sustained").doesNotContain("reprimand");
  }

  @Test
  void immediateActionEscalatedWhenOverdue_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of(Vars.ENDANGERS_DECIDED, "true"));
    assertThat(instance).isWaitingAt(Elements.TAKE_IMMEDIATE_ACTION);

    fire(instance, Elements.IMMEDIATE_ACTION_OVERDUE, Duration.ofHours(4).plusMinutes(1));
    Task action = task(instance, Elements.TAKE_IMMEDIATE_ACTION);
    assertThat(action.getPriority()).isEqualTo(TaskReminder.REMINDED_PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(action.getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains("Overdue", "§V.B"));
    assertThat(instance).hasPassed("EndEvent_ImmediateActionEscalated");
    complete("designee", action, Map.of(Vars.IMMEDIATE_ACTION, "none", Vars.ACTION_TAKEN, "Account secured"));
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE);
  }

  @Test
  void anonymousQuestionsExtensionsAndOverdueThenSuspensionAfterResponse_VA_VB() {
    String officer = newOfficer("Sam", "Carter");
    List<String> receipt = new ArrayList<>();
    ProcessInstance instance = reportAnonymously(report(officer, "internal-affairs", false), receipt);
    triage(instance, "ia", "accept", Map.of());
    giveStatement(instance, officer, "I removed the post within the hour.");

    // First question, answered on the receipt-code page.
    investigate(instance, "question", Map.of(Vars.QUESTION, "Did you keep a copy of the post?"));
    assertThat(instance).isWaitingAt(Elements.AWAIT_ANONYMOUS_ANSWER);
    assertThat(anonymous.status(receipt.get(0)).questionOpen()).isTrue();
    anonymous.answer(receipt.get(0), "Yes, a screenshot; the URL is in the report");
    assertThat(instance).hasPassed(Elements.ANONYMOUS_ANSWER_RECEIVED).isWaitingAt(Elements.INVESTIGATE);
    assertThat(correspondence(instance, CorrespondenceKind.ANSWER)).containsExactly("Yes, a screenshot; the URL is in the report");

    // Second question, left unanswered until it lapses.
    investigate(instance, "question", Map.of(Vars.QUESTION, "When did you first see it?"));
    fire(instance, Elements.ANONYMOUS_QUESTION_UNANSWERED, Duration.ofDays(14).plusMinutes(1));
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE);
    assertThat(anonymous.status(receipt.get(0)).questionOpen()).isFalse();

    // Extension refused, then approved: the deadline moves by the approved length.
    Date dueBefore = task(instance, Elements.INVESTIGATE).getDueDate();
    assertDueWhenTimerFires(task(instance, Elements.INVESTIGATE), instance.getId(), Elements.INVESTIGATION_OVERDUE);
    investigate(instance, "extension", Map.of(Vars.EXTENSION_REASON, "Waiting for the platform", Vars.EXTENSION_DURATION, "P14D"));
    complete("chief", task(instance, Elements.DECIDE_EXTENSION), Map.of(Vars.EXTENSION_APPROVED, "false",
        Vars.EXTENSION_DECISION_REASON, "Decide on what you have"));
    assertThat(task(instance, Elements.INVESTIGATE).getDueDate()).isEqualTo(dueBefore);
    investigate(instance, "extension", Map.of(Vars.EXTENSION_REASON, "Platform answered; records due", Vars.EXTENSION_DURATION, "P14D"));
    complete("chief", task(instance, Elements.DECIDE_EXTENSION), Map.of(Vars.EXTENSION_APPROVED, "true",
        Vars.EXTENSION_DECISION_REASON, "Granted once"));
    assertThat(task(instance, Elements.INVESTIGATE).getDueDate()).isEqualTo(Date.from(dueBefore.toInstant().plus(Duration.ofDays(14))));

    // The extended deadline passes: the reporter is told, once.
    fire(instance, Elements.INVESTIGATION_OVERDUE, Duration.ofDays(31));
    assertThat(correspondence(instance, CorrespondenceKind.OVERDUE)).hasSize(1);
    assertThat(task(instance, Elements.INVESTIGATE).getPriority()).isEqualTo(TaskReminder.REMINDED_PRIORITY);

    findSustained(instance, "endangers", "minor");
    Task decide = task(instance, Elements.DECIDE_DISCIPLINE);
    assertThat(engine.getTaskService().getVariable(decide.getId(), Vars.RECOMMENDATION)).isEqualTo("suspension");
    complete("chief", decide, Map.of(Vars.DISCIPLINE, "suspension"));

    runStep(instance, Elements.ISSUE_NOTICE_OF_INTENT);
    Task respond = partyTask(instance);
    assertThat(respond.getAssignee()).isEqualTo(officer);
    assertThat(respond.getDueDate()).isNotNull();
    assertDueWhenTimerFires(respond, instance.getId(), Elements.RESPONSE_TIME_ELAPSED);
    FileValue intent = (FileValue) engine.getTaskService().getVariableTyped(respond.getId(), Vars.NOTICE_OF_INTENT);
    VeraPdf.assertPdfA2b(PdfText.bytes(intent));
    assertThat(PdfText.of(intent)).contains("Notice of intent", "Suspension", "respond");
    complete(officer, respond, Map.of(Vars.EMPLOYEE_RESPONSE, "I took the post down within the hour"));

    Task finalDecision = task(instance, Elements.DECIDE_FINAL_DISCIPLINE);
    assertThat(engine.getTaskService().getVariable(finalDecision.getId(), Vars.EMPLOYEE_RESPONSE))
        .isEqualTo("I took the post down within the hour");
    complete("chief", finalDecision, Map.of(Vars.DISCIPLINE, "written-reprimand",
        Vars.DISCIPLINE_REASON, "Removed at once; first violation"));
    runStep(instance, Elements.ISSUE_DISCIPLINE_NOTICE);
    complete(officer, partyTask(instance), Map.of(Vars.ACKNOWLEDGED, "true"));

    assertThat(instance).isEnded();
    ViolationReport closed = caseOf(instance);
    assertThat(closed.discipline()).isEqualTo(Discipline.WRITTEN_REPRIMAND);
    assertThat(closed.disciplineReason()).contains("first violation");
    assertThat(closed.noticeAcknowledged()).isTrue();
    assertThat(anonymous.status(receipt.get(0)).correspondence()).extracting(ReportCorrespondence::kind)
        .contains(CorrespondenceKind.RECEIPT, CorrespondenceKind.STATUS, CorrespondenceKind.QUESTION,
            CorrespondenceKind.ANSWER, CorrespondenceKind.OVERDUE, CorrespondenceKind.DISPOSITION);
  }

  @Test
  void namedReporterAnswersOnceAndLetsTheSecondQuestionLapseThenTerminationUnanswered_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = reportNamed("employee2", report(officer, "my-supervisor", false));
    assertThat(task(instance, Elements.TRIAGE_REPORT).getAssignee()).isEqualTo("supervisor");
    triage(instance, "supervisor", "accept", Map.of());
    giveStatement(instance, officer, "Nobody saw it; it was up for minutes.");

    investigate(instance, "question", Map.of(Vars.QUESTION, "Who else saw the post?"));
    Task question = reporterQuestion(instance);
    assertThat(question.getAssignee()).isEqualTo("employee2");
    assertDueWhenTimerFires(question, instance.getId(), Elements.NAMED_QUESTION_UNANSWERED);
    assertThat(question.getName()).isEqualTo("Answer the investigator's question — case " + caseOf(instance).caseNumber());
    assertThat(engine.getTaskService().getVariables(question.getId())).containsEntry(Vars.QUESTION, "Who else saw the post?")
        .doesNotContainKeys(Vars.SUBJECT_ID, Vars.WHAT_WAS_POSTED);
    complete("employee2", question, Map.of(Vars.ANSWER, "Two colleagues on my shift"));
    assertThat(correspondence(instance, CorrespondenceKind.ANSWER)).containsExactly("Two colleagues on my shift");

    investigate(instance, "question", Map.of(Vars.QUESTION, "Can you name them?"));
    fire(instance, Elements.NAMED_QUESTION_UNANSWERED, Duration.ofDays(14).plusMinutes(1));
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE);

    findSustained(instance, "endangers", "grave");
    Task decide = task(instance, Elements.DECIDE_DISCIPLINE);
    assertThat(engine.getTaskService().getVariable(decide.getId(), Vars.RECOMMENDATION)).isEqualTo("termination");
    complete("chief", decide, Map.of(Vars.DISCIPLINE, "termination"));
    runStep(instance, Elements.ISSUE_NOTICE_OF_INTENT);
    fire(instance, Elements.RESPONSE_TIME_ELAPSED, Duration.ofDays(10).plusMinutes(1));

    Task finalDecision = task(instance, Elements.DECIDE_FINAL_DISCIPLINE);
    assertThat(engine.getTaskService().getVariable(finalDecision.getId(), Vars.EMPLOYEE_RESPONSE)).isNull();
    complete("chief", finalDecision, Map.of(Vars.DISCIPLINE, "termination"));
    runStep(instance, Elements.ISSUE_DISCIPLINE_NOTICE);
    complete(officer, partyTask(instance), Map.of(Vars.ACKNOWLEDGED, "true"));
    assertThat(instance).isEnded().hasPassed(Elements.RESPONSE_TIME_ELAPSED);
    assertThat(caseOf(instance).discipline()).isEqualTo(Discipline.TERMINATION);
  }
}
