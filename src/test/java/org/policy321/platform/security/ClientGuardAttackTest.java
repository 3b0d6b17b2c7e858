package org.policy321.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.string;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.removal.RemovalOnDirection;
import org.policy321.testing.Staff;
import org.policy321.testing.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A hostile employee with nothing but their own account and HTTP, against {@code /engine-rest} and the
 * webapps' API ({@code /camunda/api/engine}): each way of skipping a step, acting in another's name or
 * smuggling a record into a case is refused with a sentence, and nothing changes — no instance, no
 * record, no document, no task completed, no retry of a job used up.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class ClientGuardAttackTest {

  private static final String START = "/process-definition/key/" + DepictionApproval.PROCESS_KEY + "/start";
  private static final String REMOVAL_START = "/process-definition/key/" + RemovalOnDirection.PROCESS_KEY + "/start";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FORBIDDEN = 403;
  private static final int REFUSED = 400;

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  private EngineRest rest;
  private Staff staff;

  @BeforeEach
  void apisServeThisContextsEngine() {
    EngineRest.serveWebapps(engine);
    rest = new EngineRest(template);
    staff = new Staff(engine.getIdentityService());
  }

  @Test
  void startingACaseAtAChosenStepIsForOperatorsOnly_IIIR() {
    Map<String, Long> before = records();
    Map<String, Object> body = new LinkedHashMap<>(withVariables(memo()));
    body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", Elements.ISSUE_APPROVAL_COPY)));
    body.put("skipCustomListeners", true);
    body.put("skipIoMappings", true);

    Reply viaRest = rest.post("employee", START, body);
    Reply viaTasklist = WebappSession.signIn(port, "employee").postJson(WebappSession.ENGINE_API + START, json(body));

    for (Reply reply : List.of(viaRest, viaTasklist)) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(FORBIDDEN);
      assertThat(reply.message()).contains("Only an operator");
    }
    assertThat(records()).isEqualTo(before);
  }

  @Test
  void whoStartsACaseIsWhoSignedIn_neverAVariable_IIIE() {
    Map<String, Long> before = records();
    Map<String, Object> asTheChief = memo();
    asTheChief.put(Vars.REQUESTER_ID, string("chief"));
    Reply memo = rest.post("employee", START, withVariables(asTheChief));
    Reply removal = rest.post("employee", REMOVAL_START, withVariables(Map.of(
        RemovalOnDirection.Vars.APPROVAL_NUMBER, string("DA-2026-0001"),
        RemovalOnDirection.Vars.REASON, string("Take it down"),
        RemovalOnDirection.Vars.REQUESTED_BY, string("chief"))));

    assertThat(memo.status()).as(memo.toString()).isEqualTo(REFUSED);
    assertThat(memo.message()).contains("no field requesterId").contains("Nothing was saved");
    assertThat(removal.status()).as(removal.toString()).isEqualTo(REFUSED);
    assertThat(removal.message()).contains("no field requestedBy");
    assertThat(records()).isEqualTo(before);
  }

  @Test
  void aTaskTakesOnlyTheFieldsOfItsForm_IIIR() {
    ProcessInstance instance = memoAwaitingDecision("employee");
    Task withdraw = task(instance, Elements.WITHDRAW_REQUEST);
    Map<String, Long> before = records();

    Reply forged = rest.post("employee", "/task/" + withdraw.getId() + "/complete", withVariables(Map.of(
        Vars.WITHDRAWAL_REASON, string("Changed my mind"), Vars.DECISION, string("approve"))));
    Reply forgedInTasklist = WebappSession.signIn(port, "employee").postJson(
        WebappSession.ENGINE_API + "/task/" + withdraw.getId() + "/submit-form",
        json(withVariables(Map.of(Vars.WITHDRAWAL_REASON, string("Changed my mind"), Vars.REQUESTER_ID, string("employee2")))));

    assertThat(forged.status()).as(forged.toString()).isEqualTo(REFUSED);
    assertThat(forged.message()).contains("no field decision").contains("it takes only withdrawalReason");
    // Tasklist's API answers as /engine-rest does (platform/rest/WebappEngineApi).
    assertThat(forgedInTasklist.status()).as(forgedInTasklist.toString()).isEqualTo(REFUSED);
    assertThat(forgedInTasklist.message()).contains("no field requesterId");
    assertThat(engine.getTaskService().createTaskQuery().taskId(withdraw.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.DECISION)).isNull();
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.REQUESTER_ID)).isEqualTo("employee");
    assertThat(records()).isEqualTo(before);

    String shown = (String) engine.getRuntimeService().getVariable(instance.getId(), Vars.PROPOSED_USAGE);
    Reply rewritten = rest.post("employee", "/task/" + withdraw.getId() + "/complete", withVariables(Map.of(
        Vars.WITHDRAWAL_REASON, string("Changed my mind"), Vars.PROPOSED_USAGE, string(shown + " and my badge"))));
    assertThat(rewritten.status()).as(rewritten.toString()).isEqualTo(REFUSED);
    assertThat(rewritten.message()).contains("no field proposedUsage");

    // As Tasklist's forms do: the memo shown on the form comes back unchanged beside the form's own field.
    Reply honest = rest.post("employee", "/task/" + withdraw.getId() + "/complete", withVariables(Map.of(
        Vars.WITHDRAWAL_REASON, string("Changed my mind"), Vars.PROPOSED_USAGE, string(shown))));
    assertThat(honest.status()).as(honest.toString()).isEqualTo(204);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getEndTime()).isNotNull();
  }

  @Test
  void aRefusedJobExecutionCostsTheJobNoRetry_andAnOperatorMayRunIt() {
    ProcessInstance instance = staff.as("employee",
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, plain(memo())));
    Job memorandum = job(instance);
    int retries = memorandum.getRetries();

    for (int attempt = 0; attempt < 4; attempt++) {
      Reply reply = rest.post("employee", "/job/" + memorandum.getId() + "/execute", null);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(FORBIDDEN);
      assertThat(reply.message()).contains("Only an operator");
    }

    Job after = job(instance);
    assertThat(after.getRetries()).isEqualTo(retries);
    assertThat(after.getExceptionMessage()).isNull();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

    Reply operator = rest.post("admin", "/job/" + memorandum.getId() + "/execute", null);
    assertThat(operator.status()).as(operator.toString()).isEqualTo(204);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.MEMORANDUM)).isNotNull();
  }

  @Test
  void movingRestartingOrSignallingACaseIsForOperatorsOnly_IIIR() {
    ProcessInstance instance = memoAwaitingDecision("employee");
    List<String> activeBefore = engine.getRuntimeService().getActiveActivityIds(instance.getId());
    Map<String, Long> before = records();
    var jump = List.of(Map.of("type", "startBeforeActivity", "activityId", Elements.ISSUE_APPROVAL_COPY));

    List<Reply> replies = List.of(
        rest.post("employee", "/process-instance/" + instance.getId() + "/modification", Map.of("instructions", jump)),
        rest.post("employee", "/process-definition/" + instance.getProcessDefinitionId() + "/restart",
            Map.of("processInstanceIds", List.of(instance.getId()), "instructions", jump)),
        rest.post("employee", "/message", Map.of("messageName", "RemovalStarted", "processInstanceId", instance.getId())),
        rest.post("employee", "/signal", Map.of("name", "anything")));

    assertThat(replies).allSatisfy(reply -> {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(FORBIDDEN);
      assertThat(reply.message()).contains("Only an operator");
    });
    assertThat(engine.getRuntimeService().getActiveActivityIds(instance.getId())).isEqualTo(activeBefore);
    assertThat(records()).isEqualTo(before);
  }

  @Test
  void inputIsTextNumbersDatesYesNoOrFiles_ofAReasonableLength() {
    Map<String, Long> before = records();
    Map<String, Object> overlong = memo();
    overlong.put(Vars.PROPOSED_USAGE, string("x".repeat(20_001)));
    Map<String, Object> object = memo();
    object.put(Vars.PURPOSE, Map.of("type", "Bytes", "value", "cHVycG9zZQ=="));
    Map<String, Object> numbered = new LinkedHashMap<>(withVariables(memo()));
    numbered.put("businessKey", "DA-2026-0001");

    Reply tooLong = rest.post("employee", START, withVariables(overlong));
    Reply notText = rest.post("employee", START, withVariables(object));
    Reply withNumber = rest.post("employee", START, numbered);

    assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(REFUSED);
    assertThat(tooLong.message()).contains("proposedUsage is 20001 characters long; at most 20000");
    assertThat(notText.status()).as(notText.toString()).isEqualTo(REFUSED);
    assertThat(notText.message()).contains("purpose must be text");
    assertThat(withNumber.status()).as(withNumber.toString()).isEqualTo(REFUSED);
    assertThat(withNumber.message()).contains("business key");
    assertThat(records()).isEqualTo(before);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance memoAwaitingDecision(String requester) {
    ProcessInstance instance = staff.as(requester,
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, plain(memo())));
    engine.getManagementService().executeJob(job(instance).getId());
    return instance;
  }

  private Job job(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  /** The memo's fields as the REST API takes them. */
  private static Map<String, Object> memo() {
    Map<String, Object> memo = new LinkedHashMap<>();
    memo.put(Vars.PROPOSED_USAGE, string("My photograph in uniform on my recruiting blog"));
    memo.put(Vars.PURPOSE, string("Encourage people to apply to the academy"));
    memo.put(Vars.DEPICTIONS, string("uniform"));
    memo.put(Vars.PLATFORM, string("Personal blog"));
    memo.put(Vars.POSTING_UNTIL, string(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1).toString()));
    return memo;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> plain(Map<String, Object> rest) {
    Map<String, Object> plain = new LinkedHashMap<>();
    rest.forEach((name, typed) -> plain.put(name, ((Map<String, Object>) typed).get("value")));
    return plain;
  }

  /** What a forged call could leave behind: cases, records, documents, tasks, the access log. */
  private Map<String, Long> records() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("instances", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
    counts.put("tasks", engine.getHistoryService().createHistoricTaskInstanceQuery().count());
    counts.put("completed tasks", engine.getHistoryService().createHistoricTaskInstanceQuery().finished().count());
    for (String table : List.of("depiction_request", "approval", "document", "removal_case", "violation_report",
        "case_access")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
