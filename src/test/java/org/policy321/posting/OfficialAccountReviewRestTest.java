package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.string;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/**
 * The yearly review of an official account seen from outside (§I.D, §VI.B): the register shows the last confirmation
 * and the next due date; nobody starts or moves a review through {@code /engine-rest}; the overseer's checklist is
 * theirs — another employee can neither complete it nor set its variables, and the overseer cannot set what the
 * process decides; auditors find the reviews among the cases.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class OfficialAccountReviewRestTest {

  static final String ACCOUNTS = "/api/posting/accounts";
  private static final String START = "/process-definition/key/" + OfficialAccountReview.PROCESS_KEY;

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Roster roster;

  EngineRest rest;

  @BeforeEach
  void serve() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theRegisterShowsTheLastConfirmationAndWhenTheNextReviewIsDue_ID() {
    String overseer = officer();
    Reply registered = send("hr", HttpMethod.POST, ACCOUNTS, account(overseer));
    assertThat(registered.status()).isEqualTo(201);
    long id = registered.json().path("id").asLong();

    JsonNode listed = listed("auditor", id);

    OffsetDateTime confirmedAt = OffsetDateTime.parse(listed.path("checklistConfirmedAt").asText());
    OffsetDateTime nextDue = OffsetDateTime.parse(listed.path("nextReviewDueAt").asText());
    assertThat(listed.path("checklistConfirmedBy").asText()).isEqualTo("hr");
    assertThat(Duration.between(confirmedAt.plusYears(1), nextDue).abs()).isLessThan(Duration.ofSeconds(5));
    assertThat(registered.json().path("nextReviewDueAt").asText()).isEqualTo(listed.path("nextReviewDueAt").asText());
  }

  @Test
  void nobodyStartsOrMovesAReviewThroughEngineRest_ID() {
    String overseer = officer();
    long id = send("hr", HttpMethod.POST, ACCOUNTS, account(overseer)).json().path("id").asLong();
    ProcessInstance review = reviewOf(id);
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(OfficialAccountReview.PROCESS_KEY).count();

    for (String caller : List.of("hr", "chief", overseer)) {
      Reply started = rest.post(caller, START + "/start", Map.of());
      assertThat(started.status()).as(caller + ": " + started).isEqualTo(403);
      Reply forged = rest.post(caller, START + "/start", withVariables(Map.of(OfficialAccountReview.Vars.ACCOUNT_ID,
          Map.of("value", id, "type", "Long"))));
      assertThat(forged.status()).as(caller + ": " + forged).isIn(400, 403);
      Reply early = rest.post(caller, "/job/" + timer(review).getId() + "/execute", null);
      assertThat(early.status()).as(caller + ": " + early).isEqualTo(403);
      assertThat(early.message()).contains("Only an operator");
    }

    assertThat(engine.getRuntimeService().getActiveActivityIds(review.getId()))
        .containsExactly(OfficialAccountReview.Elements.REVIEW_DUE);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(OfficialAccountReview.PROCESS_KEY).count()).isEqualTo(before);
  }

  @Test
  void theChecklistIsTheOverseers_noOtherEmployeeCompletesItOrSetsItsVariables_ID_VIB() {
    String overseer = officer();
    long id = send("hr", HttpMethod.POST, ACCOUNTS, account(overseer)).json().path("id").asLong();
    ProcessInstance review = reviewOf(id);
    Task task = comesDue(review);
    String taskPath = "/task/" + task.getId();
    String instancePath = "/process-instance/" + review.getId();
    Map<String, Object> allHold = Map.of("statesMaintainedByDepartment", string("true"),
        "showsPhoneNumber", string("true"), "showsAddress", string("true"));
    Map<String, Object> yes = Map.of("value", true, "type", "Boolean");

    for (String other : List.of("employee", "pio", "supervisor")) {
      assertThat(rest.post(other, taskPath + "/complete", withVariables(allHold)).status()).as(other + " completes")
          .isIn(403, 404);
      assertThat(send(other, HttpMethod.PUT, EngineRest.BASE + taskPath + "/variables/showsAddress", string("false"))
          .status()).as(other + " sets a task variable").isIn(403, 404);
      assertThat(rest.post(other, instancePath + "/variables", Map.of("modifications",
          Map.of("checklistHolds", yes))).status()).as(other + " modifies the case's variables").isIn(403, 404);
    }
    assertThat(send(overseer, HttpMethod.PUT, EngineRest.BASE + instancePath + "/variables/checklistHolds", yes)
        .status()).as("the overseer sets the outcome").isIn(403, 404);
    Map<String, Object> smuggled = new HashMap<>(Map.of("statesMaintainedByDepartment", string("true"),
        "showsPhoneNumber", string("false"), "showsAddress", string("true"), "reviewNotes", string("Phone gone")));
    smuggled.put("checklistHolds", yes);
    Reply forged = rest.post(overseer, taskPath + "/complete", withVariables(smuggled));
    assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
    assertThat(forged.message()).contains("no field checklistHolds");
    assertThat(engine.getRuntimeService().getActiveActivityIds(review.getId()))
        .containsExactly(OfficialAccountReview.Elements.CONFIRM_CHECKLIST);

    Reply answered = rest.post(overseer, taskPath + "/complete", withVariables(allHold));

    assertThat(answered.status()).as(answered.toString()).isEqualTo(204);
    String number = review.getBusinessKey();
    assertThat(send("auditor", HttpMethod.GET, "/api/cases?number=" + number, null).body()).contains(number,
        "yearly §I.D checklist", "CONFIRMED");
    assertThat(send("hr", HttpMethod.GET, "/api/cases/" + number, null).status()).isEqualTo(200);
    assertThat(send(overseer, HttpMethod.GET, "/api/cases/" + number, null).status()).isEqualTo(200);
    Reply outsider = send("employee", HttpMethod.GET, "/api/cases/" + number, null);
    assertThat(outsider.status()).isEqualTo(403);
    assertThat(outsider.message()).isEqualTo("This is the review of an official account you do not oversee: it is "
        + "read by its overseer, the Chief of Police, designees, Human Resources and auditors (Policy 3.21 §I.D, §VI.B).");
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A new officer who signs in to the REST API as the demo users do. */
  private String officer() {
    String officer = Officers.enlist(engine, roster, "Sam", "Ortiz", "supervisor");
    var user = engine.getIdentityService().createUserQuery().userId(officer).singleResult();
    user.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(user);
    return officer;
  }

  private static Map<String, Object> account(String overseer) {
    String handle = "@Precinct" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> account = new HashMap<>();
    account.put("platform", "Facebook");
    account.put("handle", handle);
    account.put("url", "https://www.facebook.com/" + handle.substring(1));
    account.put("overseerId", overseer);
    account.put("statesMaintainedByDepartment", true);
    account.put("showsPhoneNumber", true);
    account.put("showsAddress", true);
    return account;
  }

  private JsonNode listed(String caller, long id) {
    Reply reply = send(caller, HttpMethod.GET, ACCOUNTS, null);
    assertThat(reply.status()).isEqualTo(200);
    return StreamSupport.stream(reply.json().spliterator(), false).filter(a -> a.path("id").asLong() == id)
        .findFirst().orElseThrow();
  }

  private ProcessInstance reviewOf(long accountId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OfficialAccountReview.PROCESS_KEY)
        .variableValueEquals(OfficialAccountReview.Vars.ACCOUNT_ID, accountId).singleResult();
  }

  private Job timer(ProcessInstance review) {
    return engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers().singleResult();
  }

  /** The timer fires (run by hand, as the job executor would once the year has passed): the overseer is asked. */
  private Task comesDue(ProcessInstance review) {
    Job timer = timer(review);
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
    engine.getManagementService().executeJob(timer.getId());
    return engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
  }

  private Reply send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    headers.setContentType(MediaType.APPLICATION_JSON);
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }
}
