package org.policy321.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policy321.platform.rest.EngineRest.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** A client's mistake on {@code /engine-rest} answers 4xx with a sentence, and logs no stack trace. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;

  private EngineRest rest;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(processEngine);
    rest = new EngineRest(template);
  }

  @Test
  void unknownTaskOrInstanceIdAnswers4xxWithASentence(CapturedOutput output) {
    Map<String, Reply> replies = new LinkedHashMap<>();
    replies.put("GET task form", rest.get("employee", "/task/doesnotexist/form"));
    replies.put("GET task rendered form", rest.get("employee", "/task/doesnotexist/rendered-form"));
    replies.put("GET task deployed form", rest.get("employee", "/task/doesnotexist/deployed-form"));
    replies.put("GET task form variables", rest.get("employee", "/task/doesnotexist/form-variables"));
    replies.put("GET task variables", rest.get("employee", "/task/doesnotexist/variables"));
    replies.put("GET task", rest.get("employee", "/task/doesnotexist"));
    replies.put("GET task identity links", rest.get("employee", "/task/doesnotexist/identity-links"));
    replies.put("POST task complete", rest.post("employee", "/task/nope/complete", Map.of()));
    replies.put("POST task submit form", rest.post("employee", "/task/nope/submit-form", Map.of()));
    replies.put("POST task claim", rest.post("employee", "/task/nope/claim", Map.of("userId", "employee")));
    replies.put("GET instance", rest.get("employee", "/process-instance/nope"));
    replies.put("GET instance variables", rest.get("employee", "/process-instance/nope/variables"));
    replies.put("GET instance variable", rest.get("employee", "/process-instance/nope/variables/x"));
    replies.put("GET instance variable data", rest.get("employee", "/process-instance/nope/variables/x/data"));
    replies.put("GET execution variables", rest.get("employee", "/execution/nope/localVariables"));
    replies.put("GET historic instance", rest.get("employee", "/history/process-instance/nope"));
    replies.put("GET start form of unknown key", rest.get("employee", "/process-definition/key/nope/form-variables"));
    replies.put("POST start unknown key", rest.post("employee", "/process-definition/key/nope/start", Map.of()));

    assertThat(replies).allSatisfy((call, reply) -> {
      assertThat(reply.status()).as(call + ": " + reply).isBetween(400, 499);
      assertThat(reply.message()).as(call + ": " + reply).isNotBlank();
    });
    assertThat(output.getAll()).as("no stack trace for a client's mistake").doesNotContain("\tat ");
  }

  @Test
  void fileVariableWithoutValueInfoAnswers400WithASentence(CapturedOutput output) {
    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("type", "File");
    layout.put("value", "JVBERi0xLjQK");

    Reply start = rest.post("employee", "/process-definition/key/depiction-approval/start",
        EngineRest.withVariables(Map.of("layout", layout)));
    Task task = taskService.newTask();
    task.setAssignee("employee");
    taskService.saveTask(task);
    Reply complete;
    try {
      complete = rest.post("employee", "/task/" + task.getId() + "/complete",
          EngineRest.withVariables(Map.of("layout", layout)));
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();
    } finally {
      taskService.deleteTask(task.getId(), true);
    }

    for (Reply reply : new Reply[] {start, complete}) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
      assertThat(reply.message()).as(reply.toString()).contains("\"valueInfo\"").contains("filename");
    }
    assertThat(output.getAll()).as("no stack trace for a client's mistake").doesNotContain("\tat ");
  }
}
