package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policy321.platform.rest.EngineRest.string;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.PdfA;
import org.policy321.testing.PdfText;
import org.policy321.violation.ViolationReporting.PartyTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.policy321.testing.VeraPdf;

/**
 * Due process in bpmn/violation-report.bpmn (issue 12, §V.B, §III.K): the employee concerned gets a notice of the
 * allegation once the report is accepted, and may answer it in writing before any finding; the final discipline
 * never exceeds the measure a notice of intent announced, and a harsher one is announced again with a new time to
 * respond. Refusals also over {@code /engine-rest} (so the whole application runs on a port).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class DueProcessScenarioTest extends ViolationTestSupport {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy");

  @Autowired TestRestTemplate template;
  @Autowired DocumentService documents;

  EngineRest rest;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
  }

  // --- the notice of allegation and the statement -----------------------------------------------------------

  @Test
  void theNoticeOfAllegationStatesClausesScopeRightsAndDeadline_neverTheReporter_VB_IIIK_VC() throws Exception {
    String officer = newOfficer("Sam", "Carter");
    Map<String, Object> variables = report(officer, "internal-affairs", false);
    variables.put(Vars.CLAUSES, "§IV.G, §III.J");
    ProcessInstance instance = reportNamed("employee2", variables);
    triage(instance, "ia", "accept", Map.of(Vars.POLICY_SCOPE, PolicyScope.IN_UNIFORM.value));
    assertThat(instance).isWaitingAt(Elements.ISSUE_NOTICE_OF_ALLEGATION, Elements.INVESTIGATE);

    runStep(instance, Elements.ISSUE_NOTICE_OF_ALLEGATION);

    ViolationReport noticed = caseOf(instance);
    assertThat(noticed.allegationNoticedAt()).isNotNull();
    Task answer = partyTask(instance);
    byte[] pdf = PdfText.bytes((FileValue) engine.getTaskService().getVariableTyped(answer.getId(), Vars.ALLEGATION_NOTICE));
    assertThat(PdfText.of(pdf)).contains("Notice of allegation", noticed.caseNumber(), "Officer Sam Carter",
            "§IV.G Names of victims of sexual assault or child molestation", "§III.J Defaming supervisors or employees",
            "A post naming the victim in an open sexual assault case", "Public profile, 2026-11-20 around 22:00",
            "Why the policy applies", PolicyScope.IN_UNIFORM.meaning, "Internal Affairs",
            "Your rights", "Written statement", "Answer the allegation", DAY.format(noticed.statementDueAt()),
            "§III.K", "Personnel Rules", "Civil Service Commission", "§V.C")
        .doesNotContain("Priya", "Shah", "employee2");
    PdfA.assertPdfA2b(pdf, "Notice of allegation — case " + noticed.caseNumber(), "Office of the Chief of Police");
    VeraPdf.assertPdfA2b(pdf);
    assertThat(documents.findByProcessInstance(instance.getId())).extracting(StoredDocument::documentNumber)
        .containsExactly(noticed.caseNumber() + "-A");
  }

  @Test
  void theStatementGivenBeforeTheFinding_isReadByTheInvestigator_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = noticeOfAllegationIssued(officer);

    Task answer = partyTask(instance);
    assertThat(answer.getAssignee()).isEqualTo(officer);
    assertThat(answer.getName()).isEqualTo("Answer the allegation — case " + instance.getBusinessKey());
    assertThat(answer.getDueDate()).as("policy.violation.statement-deadline P10D")
        .isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10))), 60_000);
    assertDueWhenTimerFires(answer, instance.getId(), Elements.STATEMENT_TIME_ELAPSED);
    assertThat(engine.getTaskService().getVariables(answer.getId())).containsKey(Vars.ALLEGATION_NOTICE)
        .doesNotContainKeys(Vars.WHAT_WAS_POSTED, Vars.EVIDENCE_URL, Vars.RETALIATION_FLAG, Vars.INVESTIGATION_NOTES);
    assertThatThrownBy(() -> complete(officer, answer, Map.of(Vars.STATEMENT_GIVEN, "true")))
        .hasMessageContaining("Your statement is required");
    complete(officer, answer, Map.of(Vars.STATEMENT_GIVEN, "true",
        Vars.STATEMENT, "The victim's name was already public; I removed the post when asked."));

    assertThat(instance).hasPassed(Elements.ALLEGATION_ANSWERED).hasNotPassed(Elements.RECORD_NO_STATEMENT)
        .isWaitingAt(Elements.INVESTIGATE);
    Task investigate = task(instance, Elements.INVESTIGATE);
    assertThat(engine.getTaskService().getVariables(investigate.getId()))
        .containsEntry(Vars.STATEMENT, "The victim's name was already public; I removed the post when asked.")
        .containsEntry(Vars.STATEMENT_OUTCOME, StatementOutcome.GIVEN.value());
    ViolationReport answered = caseOf(instance);
    assertThat(answered.statementOutcome()).isEqualTo(StatementOutcome.GIVEN);
    assertThat(answered.statementText()).startsWith("The victim's name was already public");
    assertThat(answered.statementAt()).isNotNull();

    findSustained(instance, "conduct", "serious");
    assertThat(instance).isWaitingAt(Elements.DECIDE_DISCIPLINE);
  }

  @Test
  void aFindingWhileTheStatementIsPendingIsRefused_theCaseUnchanged_alsoOverRest_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = noticeOfAllegationIssued(officer);
    String due = DAY.format(caseOf(instance).statementDueAt());

    assertThatThrownBy(() -> investigate(instance, "finding", Map.of(Vars.FINDING, "unfounded")))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The employee concerned may answer the allegation with a written statement until " + due);
    String investigate = task(instance, Elements.INVESTIGATE).getId();
    Reply refused = rest.post("ia", "/task/" + investigate + "/complete", withVariables(Map.of(
        Vars.INVESTIGATION_STEP, string("finding"), Vars.FINDING, string("exonerated"))));
    assertRefused(refused, "The employee concerned may answer the allegation with a written statement until " + due
        + " (§V.B due process); record the finding once they have answered or that time has passed.");

    assertThat(instance).isWaitingAt(Elements.INVESTIGATE, Elements.ANSWER_ALLEGATION).hasNotPassed("Gateway_Finding");
    assertThat(task(instance, Elements.INVESTIGATE).getId()).isEqualTo(investigate);
    ViolationReport unchanged = caseOf(instance);
    assertThat(unchanged.finding()).isNull();
    assertThat(unchanged.foundAt()).isNull();
    assertThat(unchanged.status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
    assertThat(unchanged.statementOutcome()).isNull();
    assertThat(correspondence(instance, CorrespondenceKind.DISPOSITION)).isEmpty();

    // A question to the reporter is no finding: the investigation goes on meanwhile.
    investigate(instance, "question", Map.of(Vars.QUESTION, "Did you keep a copy?"));
    assertThat(instance).isWaitingAt(Elements.ANSWER_QUESTION, Elements.ANSWER_ALLEGATION);
  }

  @Test
  void theStatementDeadlinePasses_noStatementIsRecorded_thenTheFindingIsAllowed_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = noticeOfAllegationIssued(officer);
    Task answer = partyTask(instance);

    fire(instance, Elements.STATEMENT_TIME_ELAPSED, Duration.ofDays(10).plusMinutes(1));

    assertThat(instance).hasPassed(Elements.RECORD_NO_STATEMENT, Elements.NO_STATEMENT_GIVEN)
        .hasNotPassed(Elements.ALLEGATION_ANSWERED).isWaitingAt(Elements.INVESTIGATE);
    assertThat(engine.getTaskService().createTaskQuery().taskId(answer.getId()).count()).as("the task ended").isZero();
    ViolationReport lapsed = caseOf(instance);
    assertThat(lapsed.statementOutcome()).isEqualTo(StatementOutcome.NOT_GIVEN_IN_TIME);
    assertThat(lapsed.statementText()).isNull();
    assertThat(engine.getTaskService().getVariable(task(instance, Elements.INVESTIGATE).getId(), Vars.STATEMENT_OUTCOME))
        .isEqualTo(StatementOutcome.NOT_GIVEN_IN_TIME.value());

    findSustained(instance, "conduct", "minor");
    assertThat(instance).isWaitingAt(Elements.DECIDE_DISCIPLINE);
    assertThat(caseOf(instance).finding()).isEqualTo(Finding.SUSTAINED);
  }

  @Test
  void theEmployeeMayChooseToGiveNoStatement_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = noticeOfAllegationIssued(officer);

    assertThatThrownBy(() -> complete(officer, partyTask(instance), Map.of(Vars.STATEMENT_GIVEN, "false",
        Vars.STATEMENT, "Well, actually…"))).hasMessageContaining("You chose to give no statement, but wrote one");
    complete(officer, partyTask(instance), Map.of(Vars.STATEMENT_GIVEN, "false"));

    assertThat(instance).hasPassed(Elements.ALLEGATION_ANSWERED);
    assertThat(caseOf(instance).statementOutcome()).isEqualTo(StatementOutcome.DECLINED);
    assertThat(engine.getTaskService().getVariable(task(instance, Elements.INVESTIGATE).getId(), Vars.STATEMENT_OUTCOME))
        .isEqualTo(StatementOutcome.DECLINED.value());
    investigate(instance, "finding", Map.of(Vars.FINDING, "not-sustained"));
    runStep(instance, Elements.ISSUE_FINDING_NOTICE);
    complete(officer, partyTask(instance), Map.of());
    assertThat(instance).isEnded().hasPassed(Elements.CLOSED_WITHOUT_DISCIPLINE);
  }

  @Test
  void aReportAboutAnUnidentifiedEmployee_issuesNoNoticeOfAllegation_VB() {
    ProcessInstance instance = reportNamed("employee2", report("someone on the night shift", "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());

    assertThat(instance).hasPassed(Elements.NO_ALLEGATION_NOTICE).hasNotPassed(Elements.ISSUE_NOTICE_OF_ALLEGATION)
        .isWaitingAt(Elements.INVESTIGATE);
    assertThat(caseOf(instance).statementDueAt()).isNull();
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.ALLEGATION_NOTICE)).isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count())
        .as("no task for anybody").isZero();

    investigate(instance, "finding", Map.of(Vars.FINDING, "not-sustained"));
    runStep(instance, Elements.ISSUE_FINDING_NOTICE);
    assertThat(instance).isEnded().hasPassed(Elements.CLOSED_UNIDENTIFIED);
  }

  @Test
  void anEmployeeTheChiefNamesAfterTheAcceptance_isToldOfTheAllegationThen_VB() {
    String officer = newOfficer("Max", "Quinn");
    ProcessInstance instance = reportNamed("employee2", report("someone on the night shift", "internal-affairs", true));
    triage(instance, "ia", "accept", Map.of());
    assertThat(instance).isWaitingAt(Elements.IMMEDIATE_ACTION_AWAITED, Elements.TAKE_IMMEDIATE_ACTION, Elements.INVESTIGATE)
        .hasNotPassed(Elements.ISSUE_NOTICE_OF_ALLEGATION);
    assertThat(caseOf(instance).statementDueAt()).isNull();

    complete("chief", task(instance, Elements.TAKE_IMMEDIATE_ACTION), Map.of(Vars.IMMEDIATE_ACTION, "take-down",
        Vars.ACTION_TAKEN, "Take it down: it names a victim", Vars.IDENTIFIED_SUBJECT, officer));

    assertThat(instance).hasPassed(Elements.IMMEDIATE_ACTION_AWAITED).isWaitingAt(Elements.ISSUE_NOTICE_OF_ALLEGATION);
    ViolationReport named = caseOf(instance);
    assertThat(named.subjectId()).isEqualTo(officer);
    assertThat(named.statementDueAt().toInstant()).as("from the naming, P10D")
        .isCloseTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(10)), within());
    assertThatThrownBy(() -> investigate(instance, "finding", Map.of(Vars.FINDING, "unfounded")))
        .hasMessageContaining("The employee concerned may answer the allegation with a written statement until");

    runStep(instance, Elements.ISSUE_NOTICE_OF_ALLEGATION);
    Task answer = partyTask(instance, PartyTask.ANSWER_ALLEGATION);
    assertThat(answer.getAssignee()).isEqualTo(officer);
    assertThat(partyTask(instance, PartyTask.TAKE_DOWN_POSTING).getAssignee()).as("and the take-down").isEqualTo(officer);
    complete(officer, answer, Map.of(Vars.STATEMENT_GIVEN, "true", Vars.STATEMENT, "I took it down at once."));
    assertThat(instance).hasPassed(Elements.ALLEGATION_ANSWERED);
    investigate(instance, "finding", Map.of(Vars.FINDING, "exonerated"));
    assertThat(caseOf(instance).finding()).isEqualTo(Finding.EXONERATED);
  }

  @Test
  void anImmediateActionThatNamesNobodyAfterTheAcceptance_issuesNoNotice_VB() {
    ProcessInstance instance = reportNamed("employee2", report("someone on the night shift", "internal-affairs", true));
    triage(instance, "ia", "accept", Map.of());

    complete("chief", task(instance, Elements.TAKE_IMMEDIATE_ACTION), Map.of(Vars.IMMEDIATE_ACTION, "preserved",
        Vars.ACTION_TAKEN, "Screenshots archived"));

    assertThat(instance).hasPassed(Elements.IMMEDIATE_ACTION_AWAITED, Elements.EMPLOYEE_NOT_NAMED)
        .hasNotPassed(Elements.ISSUE_NOTICE_OF_ALLEGATION).isWaitingAt(Elements.INVESTIGATE);
    assertThat(caseOf(instance).statementDueAt()).isNull();
  }

  // --- the notice of intent bounds the final discipline --------------------------------------------------------

  @Test
  void aHarsherFinalMeasureIsRefusedWithoutANewNotice_alsoOverRest_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = suspensionNoticed(officer);
    complete(officer, partyTask(instance), Map.of(Vars.EMPLOYEE_RESPONSE, "It was up for ten minutes."));
    Task decide = task(instance, Elements.DECIDE_FINAL_DISCIPLINE);
    assertThat(engine.getTaskService().getVariable(decide.getId(), Vars.NOTICED_DISCIPLINE)).isEqualTo("suspension");

    assertThatThrownBy(() -> complete("chief", decide, Map.of(Vars.DISCIPLINE, "termination",
        Vars.DISCIPLINE_REASON, "Worse than it looked"))).hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("The notice of intent announced Suspension; Termination is harsher");
    Reply refused = rest.post("chief", "/task/" + decide.getId() + "/complete", withVariables(Map.of(
        Vars.DISCIPLINE, string("termination"), Vars.DISCIPLINE_REASON, string("Worse than it looked"),
        Vars.NEW_NOTICE_OF_INTENT, string("false"))));
    assertRefused(refused, "The notice of intent announced Suspension; Termination is harsher and needs a new notice "
        + "of intent and a new time to respond (§V.B): choose to issue a new notice of intent, or decide Suspension or "
        + "a lighter measure.");

    assertThat(instance).isWaitingAt(Elements.DECIDE_FINAL_DISCIPLINE).hasNotPassed(Elements.ISSUE_DISCIPLINE_NOTICE);
    ViolationReport unchanged = caseOf(instance);
    assertThat(unchanged.discipline()).isEqualTo(Discipline.SUSPENSION);
    assertThat(unchanged.noticedDiscipline()).isEqualTo(Discipline.SUSPENSION);
  }

  /**
   * The loop back to the notice of intent, walked twice: the suspension noticed and answered, then a termination
   * noticed again with a new time to respond (which lapses), then decided. Five measures, from the mildest: after a
   * termination nothing harsher can be noticed, and the Chief is told so.
   */
  @Test
  void aHarsherMeasureIsNoticedAgain_theNoticeOfIntentWalkedTwice_eachWithItsOwnTimeToRespond_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = suspensionNoticed(officer);
    String first = PdfText.of(noticeOfIntent(partyTask(instance)));
    assertThat(first).contains("Intended discipline", "Suspension", "will not be harsher").doesNotContain("Replaces");
    complete(officer, partyTask(instance), Map.of(Vars.EMPLOYEE_RESPONSE, "I apologised publicly."));

    Task decide = task(instance, Elements.DECIDE_FINAL_DISCIPLINE);
    assertThatThrownBy(() -> complete("chief", decide, Map.of(Vars.DISCIPLINE, "suspension",
        Vars.NEW_NOTICE_OF_INTENT, "true"))).hasMessageContaining("A new notice of intent is for a measure harsher than "
        + "the one noticed (Suspension); Suspension may be decided as final without one.");
    complete("chief", decide, Map.of(Vars.DISCIPLINE, "termination", Vars.NEW_NOTICE_OF_INTENT, "true",
        Vars.DISCIPLINE_REASON, "A second victim was named in the same post"));

    assertThat(instance).hasPassed(Elements.FINAL_DECISION).hasNotPassed(Elements.ISSUE_DISCIPLINE_NOTICE)
        .isWaitingAt(Elements.ISSUE_NOTICE_OF_INTENT);
    Date before = ClockUtil.getCurrentTime();
    fire(instance, Elements.ISSUE_NOTICE_OF_INTENT, Duration.ofDays(1));
    Task respondAgain = partyTask(instance);
    assertThat(respondAgain.getDueDate()).as("a new time to respond, from the new notice")
        .isCloseTo(Date.from(before.toInstant().plus(Duration.ofDays(11))), 60_000);
    assertDueWhenTimerFires(respondAgain, instance.getId(), Elements.RESPONSE_TIME_ELAPSED);
    assertThat(PdfText.of(noticeOfIntent(respondAgain))).contains("Intended discipline", "Termination",
        "Replaces", "The notice of intent for Suspension");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.EMPLOYEE_RESPONSE))
        .as("the earlier response does not answer the new notice").isNull();
    fire(instance, Elements.RESPONSE_TIME_ELAPSED, Duration.ofDays(10).plusMinutes(1));

    Task decideAgain = task(instance, Elements.DECIDE_FINAL_DISCIPLINE);
    assertThat(engine.getTaskService().getVariables(decideAgain.getId()))
        .containsEntry(Vars.NOTICED_DISCIPLINE, "termination").containsEntry(Vars.EMPLOYEE_RESPONSE, null);
    assertThatThrownBy(() -> complete("chief", decideAgain, Map.of(Vars.DISCIPLINE, "termination",
        Vars.NEW_NOTICE_OF_INTENT, "true"))).hasMessageContaining("harsher than the one noticed (Termination)");
    complete("chief", decideAgain, Map.of(Vars.DISCIPLINE, "termination", Vars.DISCIPLINE_REASON,
        "A second victim was named in the same post"));
    runStep(instance, Elements.ISSUE_DISCIPLINE_NOTICE);
    complete(officer, partyTask(instance), Map.of(Vars.ACKNOWLEDGED, "true"));

    assertThat(instance).isEnded().hasPassed(Elements.DISCIPLINE_NOTICED);
    ViolationReport closed = caseOf(instance);
    assertThat(closed.discipline()).isEqualTo(Discipline.TERMINATION);
    assertThat(closed.noticedDiscipline()).isEqualTo(Discipline.TERMINATION);
    String number = closed.caseNumber();
    assertThat(documents.findByProcessInstance(instance.getId())).extracting(StoredDocument::documentNumber)
        .containsExactly(number + "-A", number + "-I-suspension", number + "-I-termination", number + "-D");
  }

  @Test
  void aLighterFinalMeasureThanTheNoticedOneIsAccepted_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = suspensionNoticed(officer);
    fire(instance, Elements.RESPONSE_TIME_ELAPSED, Duration.ofDays(10).plusMinutes(1));

    complete("chief", task(instance, Elements.DECIDE_FINAL_DISCIPLINE), Map.of(Vars.DISCIPLINE, "written-reprimand",
        Vars.DISCIPLINE_REASON, "First violation; removed at once", Vars.NEW_NOTICE_OF_INTENT, "false"));

    assertThat(instance).hasPassed(Elements.FINAL_DECISION).isWaitingAt(Elements.ISSUE_DISCIPLINE_NOTICE);
    runStep(instance, Elements.ISSUE_DISCIPLINE_NOTICE);
    Task acknowledge = partyTask(instance);
    assertThat(PdfText.of((FileValue) engine.getTaskService().getVariableTyped(acknowledge.getId(), Vars.DISCIPLINE_NOTICE)))
        .contains("Notice of discipline", "Written reprimand");
    complete(officer, acknowledge, Map.of(Vars.ACKNOWLEDGED, "true"));
    assertThat(instance).isEnded();
    assertThat(caseOf(instance).discipline()).isEqualTo(Discipline.WRITTEN_REPRIMAND);
  }

  /** A report about the officer, accepted: the notice of allegation is out and their answer awaited. */
  private ProcessInstance noticeOfAllegationIssued(String officer) {
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    runStep(instance, Elements.ISSUE_NOTICE_OF_ALLEGATION);
    return instance;
  }

  /** A sustained case whose Chief decided suspension (the recommendation): its notice of intent is out. */
  private ProcessInstance suspensionNoticed(String officer) {
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    giveStatement(instance, officer, "I did not know the name was protected.");
    findSustained(instance, "endangers", "minor");
    Task decide = task(instance, Elements.DECIDE_DISCIPLINE);
    assertThat(engine.getTaskService().getVariable(decide.getId(), Vars.RECOMMENDATION)).isEqualTo("suspension");
    assertThatThrownBy(() -> complete("chief", decide, Map.of(Vars.DISCIPLINE, "suspension",
        Vars.NEW_NOTICE_OF_INTENT, "true"))).hasMessageContaining("No notice of intent has been issued in this case yet");
    complete("chief", decide, Map.of(Vars.DISCIPLINE, "suspension", Vars.NEW_NOTICE_OF_INTENT, "false"));
    runStep(instance, Elements.ISSUE_NOTICE_OF_INTENT);
    assertThat(caseOf(instance).noticedDiscipline()).isEqualTo(Discipline.SUSPENSION);
    return instance;
  }

  private static org.assertj.core.data.TemporalUnitOffset within() {
    return org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES);
  }

  private byte[] noticeOfIntent(Task respond) {
    return PdfText.bytes((FileValue) engine.getTaskService().getVariableTyped(respond.getId(), Vars.NOTICE_OF_INTENT));
  }

  /** 400 in Camunda's error shape, with the application's sentence alone as the message. */
  private static void assertRefused(Reply reply, String sentence) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.json().path("type").asText()).as(reply.toString()).isEqualTo("InvalidInputException");
    assertThat(reply.message()).as(reply.toString()).isEqualTo(sentence);
  }
}
