package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.documents.DocumentSignatures;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.posting.OfficialPost.Elements;
import org.policy321.posting.OfficialPost.Vars;
import org.policy321.posting.PostingLogEntry.LogKind;
import org.policy321.testing.PdfText;
import org.policy321.testing.Staff;
import org.policy321.testing.VeraPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The posting log (§VI.B, §II.C) over {@code /api/posting}: who reads it, corrections as new entries, take-downs as
 * their own entries, the append-only rule through every door (the application's API, the engine's REST API, the
 * database), and the exports of a period read back as CSV and as PDF/A.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class PostingLogRestTest {

  static final String LOG = "/api/posting/log";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired OfficialAccountRepository accounts;
  @Autowired PostingLog log;
  @Autowired JdbcClient jdbc;
  @Autowired DocumentSignatures signatures;

  Staff staff;

  @BeforeEach
  void setUp() {
    EngineRest.serve(engine);
    staff = new Staff(engine.getIdentityService());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theChiefDesigneesHrPostersAndAuditorsReadTheLog_nobodyElse_IIC_VIB() {
    String number = publishedPost("A new bike patrol starts on Monday.");

    for (String reader : List.of("chief", "designee", "hr", "pio", "auditor")) {
      Reply read = call(reader, HttpMethod.GET, LOG + "?post=" + number, null);
      assertThat(read.status()).as(reader).isEqualTo(200);
      assertThat(kinds(read.json())).as(reader).containsExactly("FILED", "SCREENED", "ATTESTED", "PUBLISHED");
    }
    for (String outsider : List.of("employee", "supervisor", "cityauditor")) {
      Reply refused = call(outsider, HttpMethod.GET, LOG + "?post=" + number, null);
      assertThat(refused.status()).as(outsider).isEqualTo(403);
      assertThat(refused.message()).isEqualTo("The posting log is kept for the Chief of Police, designees, Human "
          + "Resources, authorized posters and auditors (Policy 3.21 §II.C, §VI.B).");
      assertThat(call(outsider, HttpMethod.GET, LOG + "/export?format=csv", null).status()).as(outsider).isEqualTo(403);
    }
    JsonNode published = entries(call("auditor", HttpMethod.GET, LOG + "?post=" + number, null).json()).get(3);
    assertThat(published.path("recordedByName").asText()).isEqualTo("Public Information Officer Marcus Webb");
    assertThat(published.path("posterName").asText()).isEqualTo("Public Information Officer Marcus Webb");
    assertThat(published.path("requesterName").asText()).isEqualTo("Public Information Officer Marcus Webb");
    assertThat(published.path("entry").path("postUrl").asText()).startsWith("https://www.facebook.com/");
    assertThat(published.path("entry").path("guidelineVersion").asText()).as("the guidelines in force (§I.B)")
        .matches("v\\d+");
  }

  /** What the header links of Tasklist and Cockpit ask before they offer the log's page: the rule the log enforces. */
  @Test
  void eachCallerLearnsWhetherTheyReadTheLog_asTheLogItselfDecides_IIC_VIB() {
    for (String reader : List.of("chief", "designee", "hr", "pio", "auditor")) {
      Reply access = call(reader, HttpMethod.GET, LOG + "/access", null);
      assertThat(access.status()).as(reader).isEqualTo(200);
      assertThat(access.json().toString()).as(reader).isEqualTo("{\"mayRead\":true}");
      assertThat(call(reader, HttpMethod.GET, LOG, null).status()).as(reader).isEqualTo(200);
    }
    for (String outsider : List.of("employee", "supervisor", "ia", "cityauditor", "admin")) {
      Reply access = call(outsider, HttpMethod.GET, LOG + "/access", null);
      assertThat(access.status()).as(outsider).isEqualTo(200);
      assertThat(access.json().toString()).as(outsider).isEqualTo("{\"mayRead\":false}");
      assertThat(call(outsider, HttpMethod.GET, LOG, null).status()).as(outsider + ": the rule the answer reports")
          .isEqualTo(403);
    }
    var anonymous = template.getForEntity(LOG + "/access", String.class);
    assertThat(anonymous.getStatusCode().value()).as("nobody signed in").isEqualTo(401);
  }

  @Test
  void aCorrectionIsANewEntryNamingTheOld_whichStaysAsItWas_IIC() {
    String number = publishedPost("Road safety week: free bike lights at the station.");
    PostingLogEntry published = last(number);

    Reply refused = call("employee", HttpMethod.POST, LOG + "/" + published.id() + "/corrections",
        Map.of("postUrl", "https://example.org/x", "reason", "typo"));
    assertThat(refused.status()).isEqualTo(403);
    Reply noReason = call("pio", HttpMethod.POST, LOG + "/" + published.id() + "/corrections",
        Map.of("postUrl", "https://www.facebook.com/SpringfieldPD/posts/77"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.message()).isEqualTo("The reason for the correction is required.");
    PostingLogEntry filed = log.of(number).get(0);
    Reply notAPublication = call("pio", HttpMethod.POST, LOG + "/" + filed.id() + "/corrections",
        Map.of("postUrl", "https://www.facebook.com/SpringfieldPD/posts/77", "reason", "wrong"));
    assertThat(notAPublication.status()).isEqualTo(400);
    assertThat(notAPublication.message()).startsWith("Entry " + filed.id() + " records FILED, not a publication");
    assertThat(call("pio", HttpMethod.POST, LOG + "/987654321/corrections", Map.of("notation", "x", "reason", "y"))
        .status()).isEqualTo(404);

    Reply corrected = call("pio", HttpMethod.POST, LOG + "/" + published.id() + "/corrections",
        Map.of("postUrl", "https://www.facebook.com/SpringfieldPD/posts/77", "reason", "I copied the wrong link."));

    assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
    assertThat(corrected.json().path("kind").asText()).isEqualTo("CORRECTION");
    assertThat(corrected.json().path("correctsEntry").asLong()).isEqualTo(published.id());
    assertThat(corrected.json().path("postUrl").asText()).isEqualTo("https://www.facebook.com/SpringfieldPD/posts/77");
    assertThat(corrected.json().path("reason").asText()).isEqualTo("I copied the wrong link.");
    assertThat(corrected.json().path("recordedBy").asText()).isEqualTo("pio");
    assertThat(log.entry(published.id())).get().as("the old entry, unchanged").isEqualTo(published);
    JsonNode entries = entries(call("hr", HttpMethod.GET, LOG + "?post=" + number, null).json());
    assertThat(entries.get(3).path("correctedBy").get(0).asLong()).isEqualTo(corrected.json().path("id").asLong());
    assertThat(entries.get(4).path("entry").path("kind").asText()).isEqualTo("CORRECTION");
  }

  @Test
  void aTakeDownIsItsOwnLoggedStepWithAReason_onlyOfAPublishedPost_byAPosterOrTheChief_VIB() {
    String number = publishedPost("Lost and found: a set of keys at the front desk.");
    String path = "/api/posting/posts/" + number + "/take-down";

    Reply byEmployee = call("employee", HttpMethod.POST, path, Map.of("reason", "I don't like it"));
    assertThat(byEmployee.status()).isEqualTo(403);
    assertThat(byEmployee.message()).isEqualTo("Only an authorized poster, the Chief of Police or a designee takes "
        + "down an official post (Policy 3.21 §I.A, §VI.B).");
    Reply withoutReason = call("pio", HttpMethod.POST, path, Map.of("reason", ""));
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.message()).isEqualTo("The reason for the take-down is required.");

    Reply takenDown = call("designee", HttpMethod.POST, path, Map.of("reason", "The keys were collected."));
    assertThat(takenDown.status()).as(takenDown.toString()).isEqualTo(201);
    assertThat(takenDown.json().path("kind").asText()).isEqualTo("TAKEN_DOWN");
    assertThat(takenDown.json().path("reason").asText()).isEqualTo("The keys were collected.");
    assertThat(takenDown.json().path("recordedBy").asText()).isEqualTo("designee");

    Reply again = call("pio", HttpMethod.POST, path, Map.of("reason", "again"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.message()).startsWith(number + " was taken down on ").endsWith(" already.");
    assertThat(call("pio", HttpMethod.POST, "/api/posting/posts/OP-1999-9999/take-down", Map.of("reason", "x"))
        .status()).isEqualTo(404);

    ProcessInstance unpublished = file("pio", "Not out yet.");
    Reply notOut = call("pio", HttpMethod.POST, "/api/posting/posts/" + unpublished.getBusinessKey() + "/take-down",
        Map.of("reason", "x"));
    assertThat(notOut.status()).isEqualTo(409);
    assertThat(notOut.message()).isEqualTo(unpublished.getBusinessKey() + " has not been published: there is nothing "
        + "to take down.");
  }

  @Test
  void noApiChangesOrRemovesAnEntry_andTheDatabaseRefusesToo_VIB() {
    ProcessInstance instance = file("pio", "Station open day on Sunday.");
    String number = instance.getBusinessKey();
    check(instance);
    publish(instance);
    List<PostingLogEntry> before = log.of(number);
    long id = before.get(0).id();

    for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
      Reply changed = call("chief", method, LOG + "/" + id, Map.of("notation", "rewritten"));
      assertThat(changed.status()).as(method + " on an entry").isEqualTo(405);
      assertThat(call("chief", method, LOG, Map.of()).status()).as(method + " on the log").isEqualTo(405);
    }
    // The engine's REST API: an administrator removes the post's finished process from history; the log stays.
    Reply historyDeleted = call("admin", HttpMethod.DELETE,
        EngineRest.BASE + "/history/process-instance/" + instance.getId(), null);
    assertThat(historyDeleted.status()).isEqualTo(204);
    assertThat(log.of(number)).isEqualTo(before);

    assertThatThrownBy(() -> jdbc.sql("UPDATE posting_log_entry SET notation = 'rewritten' WHERE id = :id")
        .param("id", id).update()).isInstanceOf(DataAccessException.class).satisfies(PostingLogRestTest::refusedByTheDatabase);
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM posting_log_entry WHERE id = :id").param("id", id).update())
        .isInstanceOf(DataAccessException.class).satisfies(PostingLogRestTest::refusedByTheDatabase);
    assertThat(log.of(number)).isEqualTo(before);
  }

  @Test
  void theLogOfAPeriodExportsAsCsvAndAsSignedPdfA_readBack_VIB() throws Exception {
    LocalDate day = LocalDate.of(2018, 7, 16);
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 30).toInstant(ZoneOffset.UTC)));
    String number = publishedPost("Summer reading with officers, =HYPERLINK(\"x\") at the library.");
    ClockUtil.setCurrentTime(Date.from(day.plusDays(1).atTime(9, 30).toInstant(ZoneOffset.UTC)));
    String nextDay = publishedPost("Not in the period.");
    String period = "?from=" + day + "&to=" + day;

    ResponseEntity<byte[]> csv = download("auditor", LOG + "/export" + period + "&format=csv");
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("posting-log-2018-07-16-2018-07-16.csv");
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    List<String> lines = List.of(text.split("\r\n"));
    assertThat(lines.get(0)).startsWith("Entry,Post,Step,Recorded at (UTC),Recorded by,Capacity,Accounts,Category,");
    assertThat(lines).filteredOn(line -> line.contains(number)).hasSize(4)
        .anySatisfy(line -> assertThat(line).contains(",PUBLISHED,2018-07-16T09:30", "Public Information Officer Marcus Webb",
            "https://www.facebook.com/SpringfieldPD/posts/"));
    assertThat(text).doesNotContain(nextDay);

    ResponseEntity<byte[]> pdf = download("hr", LOG + "/export" + period + "&format=pdf");
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    VeraPdf.assertPdfA2b(pdf.getBody());
    assertThat(signatures.verify(pdf.getBody())).singleElement().satisfies(check -> assertThat(check.valid()).isTrue());
    String read = PdfText.of(pdf.getBody());
    assertThat(read).contains("Social networking posting log", "2018-07-16 to 2018-07-16", number, "PUBLISHED",
        "FILED", "Linda Carver", "Summer reading with officers");
    assertThat(read).doesNotContain(nextDay);

    Reply badFormat = call("auditor", HttpMethod.GET, LOG + "/export" + period + "&format=xlsx", null);
    assertThat(badFormat.status()).isEqualTo(400);
    assertThat(badFormat.message()).isEqualTo("\"xlsx\" is no format of the posting log's export: choose csv or pdf.");
    Reply badDate = call("auditor", HttpMethod.GET, LOG + "/export?from=16.07.2018&format=csv", null);
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.message()).isEqualTo("\"16.07.2018\" is not a date for from: write it as 2026-03-31.");
  }

  /** The trigger's sentence somewhere in the cause chain (H2 and PostgreSQL word the wrapping differently). */
  private static void refusedByTheDatabase(Throwable thrown) {
    assertThat(org.policy321.platform.forms.InvalidInputException.causes(thrown).map(Throwable::getMessage))
        .anySatisfy(message -> assertThat(message).contains(PostingLogAppendOnly.REFUSAL));
  }

  // --- helpers -----------------------------------------------------------------------------------------------------

  private String publishedPost(String text) {
    ProcessInstance instance = file("pio", text);
    check(instance);
    publish(instance);
    return instance.getBusinessKey();
  }

  private ProcessInstance file(String poster, String text) {
    long account = accounts.findAllByOrderByPlatformAscHandleAsc().stream()
        .filter(a -> a.handle().equals("@SpringfieldPD")).findFirst().orElseThrow().id();
    Map<String, Object> draft = new HashMap<>(Map.of(Vars.ACCOUNTS, Long.toString(account), Vars.CATEGORY,
        "community-news", Vars.POST_TEXT, text));
    return staff.as(poster, () -> engine.getRuntimeService().startProcessInstanceByKey(OfficialPost.PROCESS_KEY, draft));
  }

  private void check(ProcessInstance instance) {
    complete(instance, Elements.CHECK_POST, Map.of(Vars.PROHIBITED_ITEMS, "", Vars.ATTESTED_EACH_ITEM, true,
        Vars.CONFORMS_TO_GUIDELINES, "true"));
  }

  private void publish(ProcessInstance instance) {
    complete(instance, Elements.PUBLISH_POST, Map.of(Vars.PUBLISHED_AT, OfficialPostTestSupport.nowAsTyped(),
        Vars.POST_URL, "https://www.facebook.com/SpringfieldPD/posts/" + instance.getId().substring(0, 8)));
  }

  private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult().getId();
    staff.as("pio", () -> engine.getTaskService().complete(task, variables));
  }

  private PostingLogEntry last(String number) {
    List<PostingLogEntry> entries = log.of(number);
    return entries.get(entries.size() - 1);
  }

  private static JsonNode entries(JsonNode page) {
    return page.path("entries");
  }

  private static List<String> kinds(JsonNode page) {
    return StreamSupport.stream(entries(page).spliterator(), false).map(e -> e.path("entry").path("kind").asText())
        .toList();
  }

  private ResponseEntity<byte[]> download(String user, String path) {
    return template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).exchange(path, HttpMethod.GET,
        new HttpEntity<>(new HttpHeaders()), byte[].class);
  }

  private Reply call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    headers.setContentType(MediaType.APPLICATION_JSON);
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }
}
