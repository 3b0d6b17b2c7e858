package org.policy321.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.string;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.MemoOverRest;
import org.policy321.testing.Staff;
import org.policy321.testing.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Refusals through the API Tasklist calls ({@code /camunda/api/engine/...}, signed in, with the CSRF token):
 * 400 (403 for someone else's task) with the sentence the person must act on, as {@code /engine-rest}
 * answers, nothing changed, and nothing logged as an error.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class TasklistRefusalTest {

  private static final String START = WebappSession.ENGINE_API + "/process-definition/key/"
      + DepictionApproval.PROCESS_KEY + "/submit-form";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  private Staff staff;

  @BeforeEach
  void webappsServeThisContextsEngine() {
    EngineRest.serveWebapps(engine);
    staff = new Staff(engine.getIdentityService());
  }

  @Test
  void aStartWithAnEmptyRequiredFieldAnswers400WithTheSentence_andStartsNothing(CapturedOutput log) {
    long before = cases();
    Map<String, Object> memo = MemoOverRest.variables();
    memo.put(Vars.PROPOSED_USAGE, string(""));

    Reply reply = WebappSession.signIn(port, "employee").postJson(START, json(withVariables(memo)));

    assertRefused(reply, 400, "InvalidInputException", "The description of the proposed usage (§III.E item 1) is required.");
    assertThat(cases()).isEqualTo(before);
    assertNoErrorLogged(log);
  }

  @Test
  void aDecisionWithoutNotationAnswers400WithTheSentence_andTheTaskStaysOpen(CapturedOutput log) {
    Task decide = claimedDecision();

    Reply reply = workOn(decide, "designee", "submit-form", Map.of(Vars.DECISION, string("approve")));

    assertRefused(reply, 400, "InvalidInputException", "The notation on the request (§III.R) is required.");
    assertStillOpen(decide, Vars.DECISION);
    assertNoErrorLogged(log);
  }

  @Test
  void someoneElsesTaskAnswers403WithTheSentence_andStaysOpen(CapturedOutput log) {
    Task withdraw = task(memoAwaitingDecision(), Elements.WITHDRAW_REQUEST);

    Reply reply = workOn(withdraw, "employee2", "submit-form", Map.of(Vars.WITHDRAWAL_REASON, string("Not mine")));

    assertRefused(reply, 403, "AuthorizationException", ClientMistakes.NOT_YOUR_TASK);
    assertStillOpen(withdraw, Vars.WITHDRAWAL_REASON);
    assertNoErrorLogged(log);
  }

  @Test
  void completeAnswersAsSubmitFormDoes(CapturedOutput log) {
    Task decide = claimedDecision();

    Reply reply = workOn(decide, "designee", "complete", Map.of(Vars.DECISION, string("disapprove"), Vars.NOTATION,
        string("Not this one.")));

    assertRefused(reply, 400, "InvalidInputException", "A reason for the disapproval is required.");
    assertStillOpen(decide, Vars.DECISION);
    assertNoErrorLogged(log);
  }

  /** {@code action} ({@code submit-form} as Tasklist's embedded forms do, or {@code complete}) signed in as {@code user}. */
  private Reply workOn(Task task, String user, String action, Map<String, Object> variables) {
    return WebappSession.signIn(port, user).postJson(WebappSession.ENGINE_API + "/task/" + task.getId() + "/" + action,
        json(withVariables(variables)));
  }

  private Task claimedDecision() {
    Task decide = task(memoAwaitingDecision(), Elements.DECIDE_ON_MEMO);
    engine.getTaskService().claim(decide.getId(), "designee");
    return decide;
  }

  private void assertStillOpen(Task task, String variableNotSet) {
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), variableNotSet)).isNull();
  }

  private static void assertRefused(Reply reply, int status, String type, String sentence) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.json().path("type").asText()).as(reply.toString()).isEqualTo(type);
    assertThat(reply.message()).isEqualTo(sentence);
  }

  /** Refusals are the person's to correct: no ERROR line and no stack trace in the server's log. */
  private static void assertNoErrorLogged(CapturedOutput log) {
    assertThat(log.getAll().lines().filter(line -> line.contains(" ERROR ") || line.contains("ENGINE-16004")))
        .as(log.getAll()).isEmpty();
    assertThat(log.getAll()).doesNotContain("InvalidInputException:").doesNotContain("AuthorizationException:");
  }

  private ProcessInstance memoAwaitingDecision() {
    Map<String, Object> plain = new LinkedHashMap<>();
    MemoOverRest.variables().forEach((name, typed) -> plain.put(name, ((Map<?, ?>) typed).get("value")));
    ProcessInstance instance = staff.as("employee",
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, plain));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).singleResult().getId());
    return instance;
  }

  private Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private long cases() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(DepictionApproval.PROCESS_KEY).count();
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
