package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.string;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.DocumentSignatures;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.Officers;
import org.policy321.testing.PdfA;
import org.policy321.testing.PdfText;
import org.policy321.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The content guidelines over {@code /api/posting/guidelines} (§I.B): only the Chief or a designee publishes, and not
 * around the API through {@code /engine-rest}; a published version cannot be changed by any method; each version is
 * the department's signed PDF/A; employees and auditors read the guidelines, the keepers of the posting records who
 * acknowledged them; a poster's acknowledgement is theirs alone. A context of its own (the deadline stated here):
 * each publication makes a new version in force, which the demo poster of the shared contexts has not acknowledged.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "policy.posting.guideline-acknowledgement-deadline=P7D")
@ActiveProfiles("test")
class ContentGuidelinesRestTest {

  static final String GUIDELINES = "/api/posting/guidelines";
  private static final String START = "/process-definition/key/" + ContentGuidelineAcknowledgement.PROCESS_KEY;

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired JdbcTemplate jdbc;
  @Autowired DocumentSignatures signatures;

  EngineRest rest;

  @BeforeEach
  void serve() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
  }

  @Test
  void onlyTheChiefOrADesigneePublishes_IB() {
    int before = versions("auditor").size();
    for (String caller : List.of("hr", "pio", "supervisor", "employee", "ia", "auditor", "cityauditor")) {
      Reply refused = send(caller, HttpMethod.POST, GUIDELINES, publication("By " + caller));
      assertThat(refused.status()).as(caller).isEqualTo(403);
      assertThat(refused.message()).as(caller).isEqualTo("Only the Chief of Police or a designee issues the "
          + "department's content guidelines (Policy 3.21 §I.B).");
    }
    assertThat(versions("auditor")).hasSize(before);

    Reply byDesignee = send("designee", HttpMethod.POST, GUIDELINES, publication("By the designee"));

    assertThat(byDesignee.status()).as(byDesignee.toString()).isEqualTo(201);
    assertThat(byDesignee.json().path("publishedBy").asText()).isEqualTo("designee");
    assertThat(byDesignee.json().path("version").asInt()).isEqualTo(versions("auditor").get(0).path("version").asInt());
    assertThat(PdfText.of(pdf("employee", byDesignee.json().path("version").asInt()).getBody()))
        .contains("Issued by: Deputy Chief Daniel Okafor, designee of the Chief of Police");
  }

  @Test
  void nobodyPublishesOrAcknowledgesAroundTheApi_throughEngineRest_IB() {
    int versionsBefore = versions("auditor").size();
    long instancesBefore = instances();
    long rowsBefore = jdbc.queryForObject("select count(*) from guideline_acknowledgement", Long.class);
    Map<String, Object> forged = Map.of(
        ContentGuidelineAcknowledgement.Vars.POSTER_ID, string("employee"),
        ContentGuidelineAcknowledgement.Vars.GUIDELINE_VERSION, Map.of("value", 1, "type", "Integer"));

    for (String caller : List.of("chief", "designee", "pio", "employee")) {
      Reply started = rest.post(caller, START + "/start", Map.of());
      assertThat(started.status()).as(caller + ": " + started).isEqualTo(403);
      Reply withVariables = rest.post(caller, START + "/start", withVariables(forged));
      assertThat(withVariables.status()).as(caller + ": " + withVariables).isIn(400, 403);
      Reply submitted = rest.post(caller, START + "/submit-form", withVariables(forged));
      assertThat(submitted.status()).as(caller + ": " + submitted).isIn(400, 403);
      Reply message = rest.post(caller, "/message", Map.of("messageName", ContentGuidelineAcknowledgement.MESSAGE_CLOSED,
          "businessKey", "GA-1"));
      assertThat(message.status()).as(caller + ": " + message).isEqualTo(403);
      assertThat(message.message()).contains("Only an operator");
    }

    assertThat(versions("auditor")).hasSize(versionsBefore);
    assertThat(instances()).isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("select count(*) from guideline_acknowledgement", Long.class)).isEqualTo(rowsBefore);
  }

  @Test
  void aPublishedVersionCannotBeChanged_byAnyMethod_IB() {
    JsonNode published = send("chief", HttpMethod.POST, GUIDELINES, publication("Original")).json();
    int version = published.path("version").asInt();
    byte[] issued = pdf("chief", version).getBody();
    Map<String, Object> changed = publication("Changed");
    changed.put("version", version);

    for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.POST)) {
      Reply refused = send("chief", method, GUIDELINES + "/" + version, changed);
      assertThat(refused.status()).as(method + " " + refused).isEqualTo(405);
    }
    for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
      assertThat(send("chief", method, GUIDELINES, changed).status()).as(method.name()).isEqualTo(405);
      assertThat(send("chief", method, GUIDELINES + "/" + version + "/pdf", changed).status()).as(method.name())
          .isEqualTo(405);
    }
    // A POST naming the version does not change it: it publishes the next one.
    Reply next = send("chief", HttpMethod.POST, GUIDELINES, changed);
    assertThat(next.status()).isEqualTo(201);
    assertThat(next.json().path("version").asInt()).isEqualTo(version + 1);

    assertThat(send("auditor", HttpMethod.GET, GUIDELINES + "/" + version, null).json()).isEqualTo(published);
    assertThat(pdf("auditor", version).getBody()).isEqualTo(issued);
    assertThat(DocumentService.sha256Hex(issued)).isEqualTo(published.path("documentSha256").asText());
  }

  @Test
  void eachVersionIsIssuedAsTheDepartmentsSignedPdfA_IB() throws Exception {
    String title = "Official posting " + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = publication(title);
    body.put("text", "1. Community news and crime prevention tips may go out directly.\n"
        + "2. Nothing §IV lists without the Chief's express written authorization.");
    JsonNode published = send("chief", HttpMethod.POST, GUIDELINES, body).json();
    int version = published.path("version").asInt();

    ResponseEntity<byte[]> download = pdf("employee", version);

    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(download.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("content-guidelines-v" + version + ".pdf");
    byte[] pdf = download.getBody();
    assertThat(DocumentService.sha256Hex(pdf)).isEqualTo(published.path("documentSha256").asText())
        .isEqualTo(download.getHeaders().getFirst("X-Content-SHA256"));
    assertThat(PdfText.of(pdf)).contains(title, "Version: Content guidelines v" + version,
        "Issued by: The Chief of Police", "Supersedes: Content guidelines v" + (version - 1),
        "1. Community news and crime prevention tips may go out directly.",
        "2. Nothing §IV lists without the Chief's express written authorization.",
        "Every authorized poster acknowledges this version before filing an official post",
        "Content guidelines v" + version + " · Policy 3.21 §I.B");
    VeraPdf.assertPdfA2b(pdf);
    PdfA.assertPdfA2b(pdf, "Content guidelines v" + version + ": " + title, "Margaret Holloway");
    assertThat(signatures.verify(pdf)).singleElement().satisfies(check -> {
      assertThat(check.valid()).isTrue();
      assertThat(check.byDepartment()).isTrue();
    });
  }

  @Test
  void badInputIsRefusedWithASentence_andNothingIsPublished_IB() {
    int before = versions("auditor").size();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Object> noTitle = publication(null);
    Map<String, Object> noText = publication("No text");
    noText.remove("text");
    Map<String, Object> noDate = publication("No date");
    noDate.remove("effectiveOn");
    Map<String, Object> tomorrow = publication("Tomorrow");
    tomorrow.put("effectiveOn", today.plusDays(1).toString());
    Map<String, Object> tooLong = publication("Too long");
    tooLong.put("text", "x".repeat(ContentGuidelines.MAX_TEXT + 1));

    assertThat(send("chief", HttpMethod.POST, GUIDELINES, noTitle).message())
        .isEqualTo("The title of the guidelines is required.");
    assertThat(send("chief", HttpMethod.POST, GUIDELINES, noText).message())
        .isEqualTo("The text of the guidelines is required.");
    assertThat(send("chief", HttpMethod.POST, GUIDELINES, noDate).message())
        .isEqualTo("The day the guidelines take effect (effectiveOn, YYYY-MM-DD) is required.");
    Reply early = send("chief", HttpMethod.POST, GUIDELINES, tomorrow);
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.message()).startsWith("A published version is in force at once, and posters acknowledge the "
        + "version they post under: publish these guidelines on the day they take effect");
    assertThat(send("chief", HttpMethod.POST, GUIDELINES, tooLong).message())
        .isEqualTo("The text of the guidelines is 50001 characters long; at most 50000 are kept.");
    assertThat(send("chief", HttpMethod.POST, GUIDELINES, null).status()).isEqualTo(400);
    assertThat(versions("auditor")).hasSize(before);

    send("chief", HttpMethod.POST, GUIDELINES, publication("In force today"));
    Map<String, Object> backdated = publication("Yesterday");
    backdated.put("effectiveOn", today.minusDays(1).toString());
    Reply beforeCurrent = send("chief", HttpMethod.POST, GUIDELINES, backdated);
    assertThat(beforeCurrent.status()).isEqualTo(400);
    assertThat(beforeCurrent.message()).endsWith(": a newer version cannot take effect before it.");
    assertThat(versions("auditor")).hasSize(before + 1);
  }

  @Test
  void employeesAndAuditorsReadTheGuidelines_theRecordKeepersWhoAcknowledgedThem_IB() {
    int version = send("chief", HttpMethod.POST, GUIDELINES, publication("Readable")).json().path("version").asInt();

    for (String reader : List.of("employee", "pio", "auditor")) {
      assertThat(send(reader, HttpMethod.GET, GUIDELINES, null).status()).as(reader).isEqualTo(200);
      assertThat(send(reader, HttpMethod.GET, GUIDELINES + "/current", null).json().path("version").asInt())
          .as(reader).isEqualTo(version);
      assertThat(pdf(reader, version).getStatusCode().value()).as(reader).isEqualTo(200);
    }
    Reply outsider = send("cityauditor", HttpMethod.GET, GUIDELINES + "/current", null);
    assertThat(outsider.status()).isEqualTo(403);
    assertThat(outsider.message()).isEqualTo("The content guidelines are read by the department's employees and "
        + "auditors (Policy 3.21 §I.B).");
    assertThat(pdf("cityauditor", version).getStatusCode().value()).isEqualTo(403);
    Reply unknown = send("employee", HttpMethod.GET, GUIDELINES + "/987654", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).isEqualTo("There is no version 987654 of the content guidelines.");

    for (String keeper : List.of("chief", "designee", "hr", "auditor")) {
      Reply view = send(keeper, HttpMethod.GET, GUIDELINES + "/acknowledgements?version=" + version, null);
      assertThat(view.status()).as(keeper).isEqualTo(200);
      assertThat(lines(view)).as("the demo poster is asked").anySatisfy(line -> {
        assertThat(line.path("posterId").asText()).isEqualTo("pio");
        assertThat(line.path("poster").asText()).isEqualTo("Public Information Officer Marcus Webb");
        assertThat(line.path("status").asText()).isEqualTo("PENDING");
        assertThat(line.path("title").asText()).isEqualTo("Readable");
      });
    }
    for (String other : List.of("employee", "pio", "supervisor")) {
      Reply refused = send(other, HttpMethod.GET, GUIDELINES + "/acknowledgements", null);
      assertThat(refused.status()).as(other).isEqualTo(403);
      assertThat(refused.message()).isEqualTo("The acknowledgements of the content guidelines are kept for the Chief "
          + "of Police, designees, Human Resources and auditors (Policy 3.21 §I.B, §VI.B).");
    }
  }

  @Test
  void anAcknowledgementIsThePostersOwn_noOtherEmployeeCompletesItOrSetsItsVariables_IB() {
    int version = send("chief", HttpMethod.POST, GUIDELINES, publication("Acknowledge me")).json().path("version")
        .asInt();
    String poster = withDemoPassword(Officers.enlist(engine, roster, "Robin", "Hale", "supervisor"));
    Reply authorized = send("chief", HttpMethod.POST, "/api/posting/posters", Map.of("userId", poster,
        "accountIds", List.of(demoAccount()), "equipment", "DEPARTMENT_APPROVED"));
    assertThat(authorized.status()).as(authorized.toString()).isEqualTo(201);
    Task task = engine.getTaskService().createTaskQuery().taskAssignee(poster).singleResult();
    assertThat(task.getName()).isEqualTo("Acknowledge content guidelines v" + version);
    String taskPath = "/task/" + task.getId();
    String instancePath = "/process-instance/" + task.getProcessInstanceId();
    Map<String, Object> yes = Map.of("value", true, "type", "Boolean");

    for (String other : List.of("employee", "pio", "supervisor")) {
      assertThat(rest.post(other, taskPath + "/complete", withVariables(Map.of("acknowledged", yes))).status())
          .as(other + " completes").isIn(403, 404);
      assertThat(send(other, HttpMethod.PUT, EngineRest.BASE + taskPath + "/variables/acknowledged", yes).status())
          .as(other + " sets a task variable").isIn(403, 404);
      assertThat(rest.post(other, taskPath + "/variables", Map.of("modifications", Map.of("acknowledged", yes)))
          .status()).as(other + " modifies the task's variables").isIn(403, 404);
      assertThat(send(other, HttpMethod.PUT, EngineRest.BASE + instancePath + "/variables/posterId",
          string(other)).status()).as(other + " sets the case's poster").isIn(403, 404);
    }
    assertThat(send(poster, HttpMethod.PUT, EngineRest.BASE + instancePath + "/variables/guidelineVersion",
        Map.of("value", 1, "type", "Integer")).status()).as("the poster rewrites the version").isIn(403, 404);

    Reply smuggled = rest.post(poster, taskPath + "/complete", withVariables(Map.of("acknowledged", yes,
        ContentGuidelineAcknowledgement.Vars.POSTER_ID, string("employee"))));
    assertThat(smuggled.status()).as(smuggled.toString()).isEqualTo(400);
    assertThat(smuggled.message()).contains("no field posterId", "it takes only acknowledged");
    Reply unticked = rest.post(poster, taskPath + "/complete", withVariables(Map.of("acknowledged",
        Map.of("value", false, "type", "Boolean"))));
    assertThat(unticked.status()).isEqualTo(400);
    assertThat(unticked.message()).startsWith("Tick the box to acknowledge that you have read the content guidelines v"
        + version);
    assertThat(acknowledgementOf(poster, version).path("status").asText()).isEqualTo("PENDING");

    Reply acknowledged = rest.post(poster, taskPath + "/complete", withVariables(Map.of("acknowledged", yes)));

    assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(204);
    JsonNode line = acknowledgementOf(poster, version);
    assertThat(line.path("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(line.path("acknowledgedAt").isNull()).isFalse();
    String number = line.path("number").asText();
    assertThat(send("auditor", HttpMethod.GET, "/api/cases?number=" + number, null).body()).contains(number,
        "Content guidelines v" + version);
    assertThat(send("hr", HttpMethod.GET, "/api/cases/" + number, null).status()).isEqualTo(200);
    assertThat(send(poster, HttpMethod.GET, "/api/cases/" + number, null).status()).isEqualTo(200);
    assertThat(send("employee", HttpMethod.GET, "/api/cases/" + number, null).status()).isEqualTo(403);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static Map<String, Object> publication(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("text", "Post facts only.\nNo suspect before arrest (§IV.A).");
    body.put("effectiveOn", LocalDate.now(ZoneOffset.UTC).toString());
    return body;
  }

  private List<JsonNode> versions(String caller) {
    Reply reply = send(caller, HttpMethod.GET, GUIDELINES, null);
    assertThat(reply.status()).isEqualTo(200);
    return StreamSupport.stream(reply.json().spliterator(), false).toList();
  }

  private static List<JsonNode> lines(Reply reply) {
    return StreamSupport.stream(reply.json().spliterator(), false).toList();
  }

  private JsonNode acknowledgementOf(String poster, int version) {
    return lines(send("hr", HttpMethod.GET, GUIDELINES + "/acknowledgements?version=" + version, null)).stream()
        .filter(line -> line.path("posterId").asText().equals(poster)).findFirst().orElseThrow();
  }

  private long demoAccount() {
    return send("chief", HttpMethod.GET, "/api/posting/accounts", null).json().get(0).path("id").asLong();
  }

  /** The officer signs in to the REST API as the demo users do. */
  private String withDemoPassword(String officer) {
    var user = engine.getIdentityService().createUserQuery().userId(officer).singleResult();
    user.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(user);
    return officer;
  }

  private long instances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ContentGuidelineAcknowledgement.PROCESS_KEY).count();
  }

  private ResponseEntity<byte[]> pdf(String user, int version) {
    return template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).exchange(GUIDELINES + "/" + version + "/pdf",
        HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), byte[].class);
  }

  private Reply send(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    headers.setContentType(MediaType.APPLICATION_JSON);
    Object sent = body instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : body;
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .exchange(path, method, new HttpEntity<>(sent, headers), String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }
}
