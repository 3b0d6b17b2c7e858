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
    ProcessInstance memo = memoAwaitingDecision();
    Task decide = task(memo, Elements.DECIDE_ON_MEMO);
    engine.getTaskService().claim(decide.getId(), "designee");

    Reply reply = WebappSession.signIn(port, "designee").postJson(
        WebappSession.ENGINE_API + "/task/" + decide.getId() + "/submit-form",
        json(withVariables(Map.of(Vars.DECISION, string("approve")))));

    assertRefused(reply, 400, "InvalidInputException", "The notation on the request (§III.R) is required.");
    assertThat(engine.getTaskService().createTaskQuery().taskId(decide.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(memo.getId(), Vars.DECISION)).isNull();
    assertNoErrorLogged(log);
  }

  @Test
  void someoneElsesTaskAnswers403WithTheSentence_andStaysOpen(CapturedOutput log) {
    ProcessInstance memo = memoAwaitingDecision();
    Task withdraw = task(memo, Elements.WITHDRAW_REQUEST);

    Reply reply = WebappSession.signIn(port, "employee2").postJson(
        WebappSession.ENGINE_API + "/task/" + withdraw.getId() + "/submit-form",
        json(withVariables(Map.of(Vars.WITHDRAWAL_REASON, string("Not mine to withdraw")))));

    assertRefused(reply, 403, "AuthorizationException", ClientMistakes.NOT_YOUR_TASK);
    assertThat(engine.getTaskService().createTaskQuery().taskId(withdraw.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(memo.getId(), Vars.WITHDRAWAL_REASON)).isNull();
    assertNoErrorLogged(log);
  }

  @Test
  void completeAnswersAsSubmitFormDoes(CapturedOutput log) {
    ProcessInstance memo = memoAwaitingDecision();
    Task decide = task(memo, Elements.DECIDE_ON_MEMO);
    engine.getTaskService().claim(decide.getId(), "designee");

    Reply reply = WebappSession.signIn(port, "designee").postJson(
        WebappSession.ENGINE_API + "/task/" + decide.getId() + "/complete",
        json(withVariables(Map.of(Vars.DECISION, string("disapprove"), Vars.NOTATION, string("Not this one.")))));

    assertRefused(reply, 400, "InvalidInputException", "A reason for the disapproval is required.");
    assertThat(engine.getTaskService().createTaskQuery().taskId(decide.getId()).count()).isEqualTo(1);
    assertNoErrorLogged(log);
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
