package org.policy321.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.audit.retention.RecordsRetention;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.rest.EngineRest;
import org.policy321.violation.ViolationReporting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Records retention: every definition has its kind's time to live; history cleanup removes a finished case once its
 * time has passed, and the application's rows and documents go with it — unless the case is under legal hold, which
 * only the Chief and auditors place and lift. A context of its own (a short time to live, its own database), since
 * cleanup removes every expired case in the database.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {
    "policy.retention.history-time-to-live.depiction-approval=P30D",
    "policy.retention.history-time-to-live.violation-case=P60D",
    "policy.retention.history-time-to-live.official-post=P30D",
    "policy.retention.history-time-to-live.training-record=P90D",
    "policy.retention.history-time-to-live.guideline-acknowledgement=P30D",
    "policy.retention.history-time-to-live.official-account-review=P30D"})
@ActiveProfiles("test")
class RecordsRetentionTest {

  /** §VI.A: trainings and annual reviews are training records (issue 15). */
  private static final java.util.Set<String> TRAINING_PROCESSES = java.util.Set.of(
      org.policy321.training.SocialMediaTraining.PROCESS_KEY, org.policy321.training.PolicyAnnualReview.PROCESS_KEY);

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired CaseFinder finder;
  @Autowired DocumentService documents;
  @Autowired RecordsRetention retention;

  CaseDriver cases;

  @BeforeEach
  void setUp() {
    EngineRest.serve(engine);
    cases = new CaseDriver(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyDefinitionKeepsItsHistoryAsLongAsItsKindOfRecordIsKept() {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().list()).allSatisfy(definition ->
        assertThat(definition.getHistoryTimeToLive()).as(definition.getKey())
            .isEqualTo(definition.getKey().startsWith("violation-") ? 60
                : TRAINING_PROCESSES.contains(definition.getKey()) ? 90 : 30));
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(ViolationReporting.DECISION_KEY).list())
        .allSatisfy(decision -> assertThat(decision.getHistoryTimeToLive()).isEqualTo(60));
  }

  @Test
  void aHeldCaseSurvivesTheCleanupThatRemovesItsUnheldTwin_untilTheHoldIsLifted() {
    ProcessInstance held = disapprovedMemo();
    ProcessInstance twin = disapprovedMemo();
    String heldNumber = cases.number(held);
    String twinNumber = cases.number(twin);
    assertThat(documents.findByProcessInstance(twin.getId())).as("the disapproval letter and memorandum").isNotEmpty();

    ResponseEntity<String> placed = post("auditor", "/api/cases/" + heldNumber + "/holds",
        Map.of("kind", "LITIGATION", "reason", "Reyes v. City, discovery notice of 2 December"));
    assertThat(placed.getStatusCode().value()).isEqualTo(201);
    cases.runJobs();

    later(Duration.ofDays(31));
    cleanUpHistory();
    assertThat(retention.removeExpiredRecords()).isPositive();

    assertThat(finder.find(twinNumber)).as("the twin's request row").isEmpty();
    assertThat(documents.findByProcessInstance(twin.getId())).as("the twin's documents").isEmpty();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(twin.getId()).count())
        .isZero();
    assertThat(finder.find(heldNumber)).as("the held case's row").isPresent();
    assertThat(documents.findByProcessInstance(held.getId())).as("the held case's documents").isNotEmpty();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(held.getId())
        .count()).as("the held case's history").isPositive();

    Long holdId = Long.valueOf(placed.getBody().replaceAll(".*\"id\":(\\d+).*", "$1"));
    ResponseEntity<String> lifted = post("chief", "/api/cases/" + heldNumber + "/holds/" + holdId + "/lift",
        Map.of("reason", "Case settled"));
    assertThat(lifted.getStatusCode().value()).isEqualTo(200);
    cases.runJobs();
    cleanUpHistory();
    assertThat(retention.removeExpiredRecords()).isPositive();
    assertThat(finder.find(heldNumber)).isEmpty();
    assertThat(documents.findByProcessInstance(held.getId())).isEmpty();

    String log = template.withBasicAuth("auditor", EngineRest.DEMO_PASSWORD).getForObject("/api/legal-holds", String.class);
    assertThat(log).contains(heldNumber, "LITIGATION", "Reyes v. City", "\"placedBy\":\"auditor\"",
        "\"liftedBy\":\"chief\"", "Case settled");
  }

  @Test
  void onlyTheChiefAndAuditorsHoldCases_andAHoldNeedsAReason() {
    ProcessInstance memo = disapprovedMemo();
    String number = cases.number(memo);

    ResponseEntity<String> byRequester = post("employee", "/api/cases/" + number + "/holds",
        Map.of("kind", "APPEAL", "reason", "I appeal"));
    assertThat(byRequester.getStatusCode().value()).isEqualTo(403);
    assertThat(byRequester.getBody()).contains("Only the Chief of Police and auditors put cases under legal hold");
    ResponseEntity<String> noReason = post("auditor", "/api/cases/" + number + "/holds", Map.of("kind", "APPEAL"));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody()).contains("Write why the case is held.");
    ResponseEntity<String> noKind = post("auditor", "/api/cases/" + number + "/holds", Map.of("reason", "Appeal"));
    assertThat(noKind.getStatusCode().value()).isEqualTo(400);
    assertThat(template.withBasicAuth("auditor", EngineRest.DEMO_PASSWORD)
        .getForObject("/api/cases/" + number + "/holds", String.class)).isEqualTo("[]");

    ResponseEntity<String> placed = post("chief", "/api/cases/" + number + "/holds",
        Map.of("kind", "RECORDS_REQUEST", "reason", "Public records request 2026-117"));
    Long holdId = Long.valueOf(placed.getBody().replaceAll(".*\"id\":(\\d+).*", "$1"));
    assertThat(post("chief", "/api/cases/" + number + "/holds/" + holdId + "/lift", Map.of("reason", "Answered"))
        .getStatusCode().value()).isEqualTo(200);
    ResponseEntity<String> again = post("chief", "/api/cases/" + number + "/holds/" + holdId + "/lift",
        Map.of("reason", "Answered"));
    assertThat(again.getStatusCode().value()).isEqualTo(409);
    assertThat(again.getBody()).contains("This hold was lifted on");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance disapprovedMemo() {
    ProcessInstance instance = cases.submit("employee");
    cases.decide(instance, "chief", Map.of(Vars.DECISION, Decisions.DISAPPROVE, Vars.NOTATION, "Disapproved",
        Vars.DISAPPROVAL_REASON, "Uniform on a personal blog"));
    cases.complete(instance, Elements.READ_DISAPPROVAL_LETTER, "employee", Map.of());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count())
        .as("ended").isZero();
    return instance;
  }

  /** What the nightly window does: the history cleanup job, run now. */
  private void cleanUpHistory() {
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(cleanup.getId());
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }



  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
