package org.policy321.violation;

import org.policy321.violation.accesslog.CaseAccessLog;
import org.policy321.violation.accesslog.CaseAccessAction;
import org.policy321.violation.accesslog.CaseAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policy321.violation.EvidenceLockerTest.sha256;
import static org.policy321.violation.ViolationReporting.Vars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.SampleFiles;
import org.policy321.testing.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The evidence of a violation case over HTTP (issue 12, §V.A, §V.B): the Tasklist start form's file listed in
 * the case view with its SHA-256 and downloaded with it; investigators adding files and statements with HTTP
 * basic and through the Tasklist session (its CSRF token; other sites refused); refusals with a sentence and
 * nothing added; a merged duplicate shown in the open case.
 */
class EvidenceRestTest extends ViolationRestTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] PDF = SampleFiles.pdf("The post, as captured at 22:10");
  private static final byte[] PNG = SampleFiles.png();

  @Autowired ViolationReportRepository reports;
  @Autowired EvidenceLocker locker;
  @Autowired CaseAccessLog accessLog;
  @LocalServerPort int port;

  /** Tasklist's login too (the reporter's start form, the investigator's session). */
  @BeforeEach
  void webappsServeThisContextsEngine() {
    EngineRest.serveWebapps(engine);
  }

  @Test
  void theStartFormsFileIsInTheCaseViewAndDownloadedWithItsSha256_andEveryDownloadIsLogged_VA() throws Exception {
    WebappSession reporter = WebappSession.signIn(port, "employee2");
    Map<String, Object> form = new LinkedHashMap<>();
    ViolationTestSupport.report("employee", "internal-affairs", false)
        .forEach((name, value) -> form.put(name, EngineRest.string(String.valueOf(value))));
    form.put(Vars.EVIDENCE, EngineRest.file("post 22h10.pdf", "application/pdf", PDF));
    Reply started = reporter.postJson(WebappSession.ENGINE_API + "/process-definition/key/" + ViolationReporting.PROCESS_KEY
        + "/submit-form", JSON.writeValueAsString(Map.of("variables", form)));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String caseNumber = reports.findByProcessInstanceId(started.json().path("id").asText()).orElseThrow().caseNumber();

    JsonNode item = view("ia", caseNumber).path("evidence").get(0);
    assertThat(item.path("kind").asText()).isEqualTo("EVIDENCE");
    assertThat(item.path("fileName").asText()).isEqualTo("post 22h10.pdf");
    assertThat(item.path("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(item.path("size").asLong()).isEqualTo(PDF.length);
    assertThat(item.path("sha256").asText()).isEqualTo(sha256(PDF));
    assertThat(item.path("withReport").asBoolean()).isTrue();
    assertThat(item.path("addedBy").isNull()).as("§V.C: the reporter's upload names nobody").isTrue();
    String download = item.path("download").asText();
    assertThat(download).isEqualTo("/api/violation-cases/" + caseNumber + "/evidence/" + item.path("id").asLong());

    ResponseEntity<byte[]> file = template.withBasicAuth("chief", EngineRest.DEMO_PASSWORD).getForEntity(download, byte[].class);
    assertThat(file.getStatusCode().value()).isEqualTo(200);
    assertThat(file.getBody()).isEqualTo(PDF);
    assertThat(file.getHeaders().getFirst(EvidenceController.SHA256_HEADER)).isEqualTo(sha256(PDF));
    assertThat(file.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(file.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("post 22h10.pdf");
    assertThat(file.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(file.getHeaders().getCacheControl()).isEqualTo("no-store");

    // The same readers as the case: not its reporter, not HR; nothing of another case, nothing that is no item.
    assertThat(api("employee2", download).status()).isEqualTo(403);
    assertThat(api("hr", download).message()).isEqualTo("Only Internal Affairs and the Chief of Police see violation cases (§V).");
    assertThat(api("ia", "/api/violation-cases/" + caseNumber + "/evidence/999999").message())
        .isEqualTo("Case " + caseNumber + " holds no evidence #999999.");
    assertThat(api("ia", "/api/violation-cases/" + caseNumber + "/evidence/abc").status()).isEqualTo(404);
    String other = accepted().getBusinessKey();
    assertThat(api("ia", "/api/violation-cases/" + other + "/evidence/" + item.path("id").asLong()).status()).isEqualTo(404);

    assertThat(accessLog.of(caseNumber)).extracting(CaseAccess::userId, CaseAccess::action, CaseAccess::detail)
        .containsExactly(tuple("ia", CaseAccessAction.CASE_VIEWED, "case record"),
            tuple("chief", CaseAccessAction.EVIDENCE_DOWNLOADED, "evidence #" + item.path("id").asLong()));
  }

  @Test
  void theInvestigatorAddsAFileAndAStatementWithHttpBasic_othersAreRefusedAndNothingIsAdded_VB_VC() {
    ProcessInstance instance = accepted();
    String caseNumber = instance.getBusinessKey();
    String statement = "Witness: the post was up from 22:10 to 23:40.";

    // An employee, the employee concerned, the reporter: not readers of the case; the Chief: a reader, no investigator.
    for (String user : List.of("employee", "employee2")) {
      ReportPageClient.Answer refused = add(basic(user), caseNumber, fields("Statement", statement, null));
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.message()).isEqualTo("Only Internal Affairs and the Chief of Police see violation cases (§V).");
    }
    ReportPageClient.Answer byChief = add(basic("chief"), caseNumber, fields("Statement", statement, null));
    assertThat(byChief.status()).isEqualTo(403);
    assertThat(byChief.message()).startsWith("Evidence is added by whoever investigates the case. Internal Affairs investigates it");
    assertThat(evidenceOf(caseNumber)).isEmpty();

    ReportPageClient.Answer added = add(basic("ia"), caseNumber, fields("Witness statement and screenshot", statement,
        new ReportPageClient.Part("witness.png", "image/png", PNG)));

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(added.json()).hasSize(2);
    assertThat(added.json().get(0).path("sha256").asText()).isEqualTo(sha256(statement.getBytes(StandardCharsets.UTF_8)));
    assertThat(added.json().get(1).path("sha256").asText()).isEqualTo(sha256(PNG));
    JsonNode listed = view("ia", caseNumber).path("evidence");
    assertThat(listed).extracting(n -> n.path("kind").asText(), n -> n.path("title").asText(),
            n -> n.path("addedBy").asText(), n -> n.path("statement").asText(null))
        .containsExactly(tuple("STATEMENT", "Witness statement and screenshot", "ia", statement),
            tuple("EVIDENCE", "Witness statement and screenshot", "ia", null));
    ResponseEntity<byte[]> statementFile = template.withBasicAuth("ia", EngineRest.DEMO_PASSWORD)
        .getForEntity(listed.get(0).path("download").asText(), byte[].class);
    assertThat(statementFile.getBody()).isEqualTo(statement.getBytes(StandardCharsets.UTF_8));
    assertThat(statementFile.getHeaders().getFirst(EvidenceController.SHA256_HEADER))
        .isEqualTo(sha256(statement.getBytes(StandardCharsets.UTF_8)));
    assertThat(statementFile.getHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
    assertThat(accessLog.of(caseNumber)).extracting(CaseAccess::userId, CaseAccess::action)
        .containsSubsequence(tuple("ia", CaseAccessAction.EVIDENCE_ADDED), tuple("ia", CaseAccessAction.EVIDENCE_ADDED));
  }

  @Test
  void theTasklistSessionAddsWithItsCsrfToken_withoutItOrFromAnotherSiteNothingIsAdded() {
    String caseNumber = accepted().getBusinessKey();
    ReportPageClient browser = new ReportPageClient(port).withHeader("Origin", "http://localhost:" + port);
    browser.signInToTasklist("ia");
    // As the investigation form does: the case view hands out the session's token.
    String token = browser.get("/api/violation-cases/" + caseNumber).response().headers()
        .firstValue(ReportPageClient.HEADER).orElseThrow();
    Map<String, Object> statement = fields("Note of a call", "The reporter confirmed the time by phone.", null);

    ReportPageClient.Answer withoutToken = browser.postMultipart(path(caseNumber), statement, null);
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withoutToken.json().path("type").asText()).isEqualTo("CsrfTokenRefused");
    ReportPageClient.Answer otherSite = new ReportPageClient(port).withHeader("Origin", "https://evil.example")
        .postMultipart(path(caseNumber), statement, token);
    assertThat(otherSite.status()).isEqualTo(403);
    assertThat(otherSite.json().path("type").asText()).isEqualTo("CrossSiteRequestRefused");
    assertThat(evidenceOf(caseNumber)).isEmpty();

    ReportPageClient.Answer added = browser.postMultipart(path(caseNumber), statement, token);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(evidenceOf(caseNumber)).extracting(CaseEvidence::addedBy, CaseEvidence::title)
        .containsExactly(tuple("ia", "Note of a call"));
  }

  @Test
  void refusedInputIsAnsweredWithASentence_andNothingIsAdded() {
    String caseNumber = accepted().getBusinessKey();
    byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
    byte[] beyondTheRequestLimit = new byte[13 * 1024 * 1024];
    System.arraycopy(PNG, 0, tooLarge, 0, PNG.length);

    assertRefused(caseNumber, fields("A title", null, null), 400, "Add a file, a written statement, or both. Nothing was added.");
    assertRefused(caseNumber, fields(null, "A statement", null), 400, "The title is required");
    assertRefused(caseNumber, fields("A page", null, new ReportPageClient.Part("page.pdf", "application/pdf",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))), 400,
        "The file \"page.pdf\" is not a PDF, PNG or JPEG file");
    assertRefused(caseNumber, fields("A capture", null, new ReportPageClient.Part("capture.png", "image/png", tooLarge)),
        400, "the limit is 10 MB");
    assertRefused(caseNumber, fields("A capture", null, new ReportPageClient.Part("capture.png", "image/png",
        beyondTheRequestLimit)), 400, "The file is too large: the limit is 10 MB.");
    assertRefused("VR-1999-0001", fields("A title", "A statement", null), 404, "There is no violation case VR-1999-0001.");
    assertThat(evidenceOf(caseNumber)).isEmpty();
  }

  @Test
  void aClosedCaseTakesNoEvidence_409() {
    ProcessInstance instance = reported("employee2");
    triage(instance, "not-a-violation", Map.of(Vars.TRIAGE_REASON, "A private joke between friends"));

    assertRefused(instance.getBusinessKey(), fields("Statement", "Too late", null), 409,
        "evidence is added only while a case is open. Nothing was added.");
  }

  @Test
  void aMergedDuplicateIsShownInTheOpenCaseWithItsEvidence_VA() {
    String openCase = accepted().getBusinessKey();
    Map<String, Object> duplicate = ViolationTestSupport.report("employee", "internal-affairs", false);
    duplicate.put(Vars.WHAT_WAS_POSTED, "The same post, reported again by a second colleague");
    duplicate.put(Vars.EVIDENCE, SampleFiles.file("capture.png", "image/png", PNG));
    ProcessInstance second = staff.as("supervisor", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, duplicate));
    triage(second, "duplicate", Map.of(Vars.DUPLICATE_OF, openCase));

    JsonNode merged = view("ia", openCase).path("mergedReports");
    assertThat(merged).hasSize(1);
    assertThat(merged.get(0).path("caseNumber").asText()).isEqualTo(second.getBusinessKey());
    assertThat(merged.get(0).path("whatWasPosted").asText()).isEqualTo("The same post, reported again by a second colleague");
    assertThat(merged.get(0).path("placeAndTime").asText()).isEqualTo(duplicate.get(Vars.PLACE_AND_TIME));
    assertThat(merged.get(0).path("clauses").asText()).isEqualTo("§IV.G");
    assertThat(merged.get(0).has("reporter")).as("who reported the duplicate is not shown").isFalse();
    JsonNode item = merged.get(0).path("evidence").get(0);
    assertThat(item.path("sha256").asText()).isEqualTo(sha256(PNG));
    assertThat(item.path("fileName").asText()).isEqualTo("capture.png");
    assertThat(item.path("download").asText()).startsWith("/api/violation-cases/" + openCase + "/evidence/");
    assertThat(template.withBasicAuth("ia", EngineRest.DEMO_PASSWORD).getForEntity(item.path("download").asText(),
        byte[].class).getBody()).isEqualTo(PNG);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance reported(String reporter) {
    var report = ViolationTestSupport.report("employee", "internal-affairs", false);
    return staff.as(reporter, () -> engine.getRuntimeService().startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, report));
  }

  /** A report about employee by employee2, accepted by Internal Affairs: under investigation. */
  private ProcessInstance accepted() {
    ProcessInstance instance = reported("employee2");
    triage(instance, "accept", Map.of(Vars.POLICY_SCOPE, PolicyScope.IDENTIFIES_AS_EMPLOYEE.value));
    return instance;
  }

  private void triage(ProcessInstance instance, String outcome, Map<String, Object> more) {
    Task task = task(instance, ViolationReporting.Elements.TRIAGE_REPORT);
    Map<String, Object> variables = new HashMap<>(more);
    variables.put(Vars.TRIAGE, outcome);
    staff.as("ia", () -> {
      engine.getTaskService().claim(task.getId(), "ia");
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  private List<CaseEvidence> evidenceOf(String caseNumber) {
    return locker.caseFile(reports.findByCaseNumber(caseNumber).orElseThrow()).evidence();
  }

  private JsonNode view(String user, String caseNumber) {
    Reply reply = api(user, "/api/violation-cases/" + caseNumber);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private Reply api(String user, String path) {
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForEntity(path, String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

  private static String path(String caseNumber) {
    return "/api/violation-cases/" + caseNumber + "/evidence";
  }

  /** A script with HTTP basic credentials (no Origin, no session). */
  private ReportPageClient basic(String user) {
    return new ReportPageClient(port).withHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + EngineRest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private ReportPageClient.Answer add(ReportPageClient client, String caseNumber, Map<String, Object> fields) {
    return client.postMultipart(path(caseNumber), fields, null);
  }

  private static Map<String, Object> fields(String title, String statement, ReportPageClient.Part file) {
    Map<String, Object> fields = new LinkedHashMap<>();
    if (title != null) {
      fields.put("title", title);
    }
    if (statement != null) {
      fields.put("statement", statement);
    }
    if (file != null) {
      fields.put("file", file);
    }
    return fields;
  }

  private void assertRefused(String caseNumber, Map<String, Object> fields, int status, String message) {
    ReportPageClient.Answer refused = add(basic("ia"), caseNumber, fields);
    assertThat(refused.status()).as(refused.body()).isEqualTo(status);
    assertThat(refused.message()).contains(message);
  }
}
