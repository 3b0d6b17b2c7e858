package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.posting.OfficialPost.Elements;
import org.policy321.posting.OfficialPost.Vars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The official post through {@code /engine-rest}, as the demo users call it with HTTP basic: who may read a post, who
 * may decide it, what a client may set (only the fields a step declares), and the draft form's options over
 * {@code /api/posting/draft-options}. Refused input answers 400 with the sentence, someone else's task 403 or 404.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class OfficialPostRestTest {

  private static final String START = "/process-definition/key/" + OfficialPost.PROCESS_KEY + "/start";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired OfficialAccountRepository accounts;

  private EngineRest rest;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
  }

  @Test
  void aDraftStartsWithItsPostNumber_andBadDraftsAreRefusedWithTheirSentence_IB() {
    Reply started = rest.post("pio", START, withVariables(draft("Coffee with a Cop, Saturday 10 a.m.")));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    assertThat(started.json().path("businessKey").asText()).matches("OP-\\d{4}-\\d{4}");

    Reply empty = rest.post("pio", START, withVariables(draft("")));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("type").asText()).isEqualTo("InvalidInputException");
    assertThat(empty.message()).isEqualTo("The text of the post is required.");

    Map<String, Object> media = draft("With a photo");
    media.put(Vars.MEDIA, EngineRest.file("photo.jpg", "image/jpeg", "GIF89a not a jpeg".getBytes()));
    Reply wrongType = rest.post("pio", START, withVariables(media));
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.message()).isEqualTo("The media file \"photo.jpg\" is not a PDF, PNG or JPEG file (checked by "
        + "its content, not its name).");
  }

  @Test
  void aClientCannotSetWhatTheProcessDecides_atTheStartOrOnItsOwnTask() {
    Map<String, Object> forged = draft("Coffee with a Cop, Saturday 10 a.m.");
    forged.put(Vars.ROUTE, EngineRest.string("direct"));
    forged.put(Vars.POST_DECISION, EngineRest.string("approve"));
    Reply refused = rest.post("pio", START, withVariables(forged));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).startsWith("This form has no field postDecision, route (it takes only accounts, "
        + "category, intendedAt, media, postText, urgent).");

    String instance = startedBy("pio", "A flagged post: call 555-201-7788.");
    String check = task(instance, Elements.CHECK_POST).getId();
    Map<String, Object> attestWithApproval = new HashMap<>(attestation());
    attestWithApproval.put(Vars.POST_DECISION, EngineRest.string("approve"));
    attestWithApproval.put(Vars.WRITTEN_AUTHORIZATION, EngineRest.string("I authorize myself"));
    Reply selfApproved = rest.post("pio", "/task/" + check + "/complete", withVariables(attestWithApproval));
    assertThat(selfApproved.status()).isEqualTo(400);
    assertThat(selfApproved.message()).startsWith("This form has no field postDecision, writtenAuthorization");
    assertThat(task(instance, Elements.CHECK_POST).getId()).isEqualTo(check);
  }

  @Test
  void anEmployeeCannotDecide_norSetTheDecisionsVariables_norReadAnotherEmployeesDraft_IB() {
    String instance = startedBy("employee", "Our shift raised money for the food bank.");
    String review = task(instance, Elements.REVIEW_REQUEST).getId();

    assertThat(rest.get("employee2", "/process-instance/" + instance + "/variables").status())
        .as("someone else's draft").isEqualTo(403);
    assertThat(rest.get("employee2", "/task?processInstanceId=" + instance).json()).isEmpty();
    assertThat(rest.get("employee2", "/history/variable-instance?processInstanceId=" + instance).json()).isEmpty();
    assertThat(rest.get("employee", "/process-instance/" + instance + "/variables").json()
        .path(Vars.POST_TEXT).path("value").asText()).as("one's own").isEqualTo("Our shift raised money for the food bank.");
    assertThat(rest.get("pio", "/process-instance/" + instance + "/variables").status())
        .as("posters keep the records of posts (§II.C)").isEqualTo(200);

    Reply forwardedByThemselves = rest.post("employee", "/task/" + review + "/complete",
        withVariables(Map.of(Vars.SUPERVISOR_DECISION, EngineRest.string("forward"))));
    assertThat(forwardedByThemselves.status()).as("the supervisor's task").isIn(403, 404);

    Reply forwarded = rest.post("supervisor", "/task/" + review + "/complete",
        withVariables(Map.of(Vars.SUPERVISOR_DECISION, EngineRest.string("forward"))));
    assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(204);
    Reply attested = rest.post("pio", "/task/" + task(instance, Elements.CHECK_POST).getId() + "/complete",
        withVariables(Map.of(Vars.PROHIBITED_ITEMS, EngineRest.string(""), Vars.ATTESTED_EACH_ITEM,
            Map.of("value", true, "type", "Boolean"), Vars.CONFORMS_TO_GUIDELINES, EngineRest.string("false"))));
    assertThat(attested.status()).as(attested.toString()).isEqualTo(204);
    String decide = task(instance, Elements.DECIDE_ON_POST).getId();

    for (String outsider : List.of("employee", "employee2", "pio", "auditor", "hr")) {
      Reply approved = rest.post(outsider, "/task/" + decide + "/complete",
          withVariables(Map.of(Vars.POST_DECISION, EngineRest.string("approve"), Vars.NOTATION, EngineRest.string("ok"))));
      assertThat(approved.status()).as(outsider + " completes the decision").isIn(403, 404);
      Reply claimed = rest.post(outsider, "/task/" + decide + "/claim", Map.of("userId", outsider));
      assertThat(claimed.status()).as(outsider + " claims the decision").isIn(403, 404);
    }
    for (String outsider : List.of("employee", "pio")) {
      Reply setOnInstance = rest.post(outsider, "/process-instance/" + instance + "/variables",
          Map.of("modifications", Map.of(Vars.POST_DECISION, EngineRest.string("approve"))));
      assertThat(setOnInstance.status()).as(outsider + " sets the decision on the case").isEqualTo(403);
      Reply setOnTask = rest.post(outsider, "/task/" + decide + "/variables",
          Map.of("modifications", Map.of(Vars.POST_DECISION, EngineRest.string("approve"))));
      assertThat(setOnTask.status()).as(outsider + " sets the decision on the task").isIn(403, 404);
    }
    assertThat(engine.getRuntimeService().getVariable(instance, Vars.POST_DECISION)).isNull();
    assertThat(task(instance, Elements.DECIDE_ON_POST).getId()).isEqualTo(decide);

    Reply byDesignee = rest.post("designee", "/task/" + decide + "/complete",
        withVariables(Map.of(Vars.POST_DECISION, EngineRest.string("approve"), Vars.NOTATION,
            EngineRest.string("Nice story."))));
    assertThat(byDesignee.status()).as(byDesignee.toString()).isEqualTo(204);
  }

  @Test
  void theDraftFormOffersThePosterTheirAccounts_andAMemberTheirSupervisor_IA_IB() {
    Reply asPoster = api("pio", "/api/posting/draft-options");
    assertThat(asPoster.status()).isEqualTo(200);
    assertThat(asPoster.json().path("filesAsPoster").asBoolean()).isTrue();
    assertThat(labels(asPoster.json())).contains("Facebook @SpringfieldPD");
    assertThat(asPoster.json().path("categories").get(2).path("value").asText()).isEqualTo("critical-incident-notice");

    Reply asMember = api("employee", "/api/posting/draft-options");
    assertThat(asMember.json().path("filesAsPoster").asBoolean()).isFalse();
    assertThat(asMember.json().path("supervisor").asText()).isEqualTo("Sergeant Thomas Brennan");

    Reply asAuditor = api("auditor", "/api/posting/draft-options");
    assertThat(asAuditor.status()).isEqualTo(403);
    assertThat(asAuditor.message()).isEqualTo("Only employees of the department draft official posts (Policy 3.21 "
        + "§I.A, §I.B).");
  }

  private Reply api(String user, String path) {
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForEntity(path, String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

  private static List<String> labels(JsonNode options) {
    return StreamSupport.stream(options.path("accounts").spliterator(), false).map(a -> a.path("label").asText())
        .toList();
  }

  private String startedBy(String user, String text) {
    Reply started = rest.post(user, START, withVariables(draft(text)));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  private Task task(String instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
  }

  private Map<String, Object> draft(String text) {
    long account = accounts.findAllByOrderByPlatformAscHandleAsc().stream()
        .filter(a -> a.handle().equals("@SpringfieldPD")).findFirst().orElseThrow().id();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.ACCOUNTS, EngineRest.string(Long.toString(account)));
    variables.put(Vars.CATEGORY, EngineRest.string("community-news"));
    variables.put(Vars.POST_TEXT, EngineRest.string(text));
    return variables;
  }

  private static Map<String, Object> attestation() {
    return Map.of(Vars.PROHIBITED_ITEMS, EngineRest.string(""), Vars.ATTESTED_EACH_ITEM,
        Map.of("value", true, "type", "Boolean"), Vars.CONFORMS_TO_GUIDELINES, EngineRest.string("true"));
  }
}
