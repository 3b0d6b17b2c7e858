package org.policy321.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.DocumentSignatures;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.testing.Officers;
import org.policy321.testing.PdfA;
import org.policy321.testing.PdfText;
import org.policy321.testing.Staff;
import org.policy321.testing.VeraPdf;
import org.policy321.violation.ViolationReporting;
import org.policy321.violation.accesslog.CaseAccess;
import org.policy321.violation.accesslog.CaseAccessAction;
import org.policy321.violation.accesslog.CaseAccessLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The auditors' case history over {@code /api/cases}: every step in order, documents with hashes, who reads what. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class CaseHistoryRestTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired DocumentService documents;
  @Autowired CaseAccessLog accessLog;
  @Autowired DocumentSignatures signatures;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  Staff staff;
  CaseDriver cases;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
    staff = new Staff(engine.getIdentityService());
    cases = new CaseDriver(engine);
  }

  @Test
  void auditorReadsEveryStepOfAnApprovalWithTwoInquiryRoundsInOrder_IIIR() {
    ProcessInstance memo = memoWithTwoInquiryRoundsApproved("employee");
    String number = "DR-" + engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(memo.getId()).variableName(Vars.REQUEST_ID).singleResult().getValue();

    EngineRest.Reply reply = api("auditor", "/api/cases/" + number);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode history = reply.json();

    assertThat(history.at("/caseRecord/number").asText()).isEqualTo(number);
    assertThat(history.at("/caseRecord/numbers/1").asText()).startsWith("DA-");
    assertThat(history.at("/caseRecord/parties/0/name").asText()).isEqualTo("Officer Jordan Reyes");
    List<String> decisions = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    for (JsonNode step : history.get("steps")) {
      steps.add(step.get("what").asText() + " | " + step.get("who").asText());
      if (step.get("what").asText().equals("Task completed: Decide on memo")) {
        decisions.add(step.get("who").asText() + ": " + change(step, Vars.DECISION) + " / " + change(step, Vars.NOTATION));
      }
    }
    assertThat(steps.get(0)).isEqualTo("Started: Depiction approval (memo to the Chief) | Officer Jordan Reyes");
    assertThat(decisions).containsExactly(
        "Deputy Chief Daniel Okafor: inquire / Which photograph exactly?",
        "Deputy Chief Daniel Okafor: inquire / Is the number plate visible?",
        "Chief of Police Margaret Holloway: approve / Approved for the recruiting blog only");
    assertThat(steps).containsSubsequence(
        "Task completed: Decide on memo | Deputy Chief Daniel Okafor",
        "Task completed: Answer inquiry | Officer Jordan Reyes",
        "Task completed: Decide on memo | Deputy Chief Daniel Okafor",
        "Task completed: Answer inquiry | Officer Jordan Reyes",
        "Task completed: Decide on memo | Chief of Police Margaret Holloway",
        "Task completed: Acknowledge approval copy | Officer Jordan Reyes");
    JsonNode firstAnswer = stepsNamed(history, "Task completed: Answer inquiry").get(0);
    assertThat(change(firstAnswer, Vars.ANSWER)).isEqualTo("The one at the academy gate");

    // Three memoranda (one per round) and the approval copy, each with the SHA-256 of the bytes it downloads as.
    JsonNode docs = history.get("documents");
    assertThat(docs).hasSize(4);
    for (JsonNode doc : docs) {
      assertThat(doc.get("intact").asBoolean()).isTrue();
      assertThat(doc.at("/signatures/0/valid").asBoolean()).as("signed by the department").isTrue();
      assertThat(doc.get("signatures")).hasSize(1);
      ResponseEntity<byte[]> download = apiBytes("auditor", doc.get("download").asText());
      assertThat(download.getStatusCode().value()).isEqualTo(200);
      assertThat(DocumentService.sha256Hex(download.getBody())).isEqualTo(doc.get("sha256").asText());
    }
    assertThat(docs.get(3).get("number").asText()).isEqualTo(history.at("/caseRecord/numbers/1").asText());
  }

  @Test
  void theRequesterReadsTheirOwnCaseAnotherEmployeeAndInternalAffairsAreRefused_IIIR() {
    ProcessInstance memo = cases.submit("employee");
    String number = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(memo.getId())
        .singleResult().getBusinessKey();
    assertThat(number).as("the case number is the business key").startsWith("DR-");

    assertThat(api("employee", "/api/cases/" + number).status()).isEqualTo(200);
    assertThat(api("chief", "/api/cases/" + number).status()).isEqualTo(200);
    EngineRest.Reply other = api("employee2", "/api/cases/" + number);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.message()).isEqualTo("This is another employee's request: you read the history of your own requests only.");
    assertThat(api("ia", "/api/cases/" + number).status()).isEqualTo(403);
    assertThat(apiBytes("employee2", "/api/cases/" + number + "/file.pdf").getStatusCode().value()).isEqualTo(403);
    assertThat(api("auditor", "/api/cases/DR-999999").status()).isEqualTo(404);
    assertThat(api("auditor", "/api/cases/DR-999999").message()).isEqualTo("There is no case DR-999999.");
  }

  @Test
  void searchFindsCasesByNumberPersonDateAndStatusAndOnlyThoseTheCallerMayRead() {
    String officer = Officers.enlist(engine, roster, "Quentin", "Marlowe", "supervisor");
    ProcessInstance memo = cases.submit(officer);
    String number = cases.number(memo);
    String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();

    assertThat(numbers(api("auditor", "/api/cases?person=marlowe").json())).containsExactly(number);
    assertThat(numbers(api("auditor", "/api/cases?person=" + officer + "&status=running&from=" + today).json()))
        .containsExactly(number);
    assertThat(numbers(api("auditor", "/api/cases?person=marlowe&status=finished").json())).isEmpty();
    assertThat(numbers(api("auditor", "/api/cases?person=marlowe&to=2020-01-01").json())).isEmpty();
    assertThat(numbers(api("auditor", "/api/cases?number=" + number.toLowerCase()).json())).contains(number);
    assertThat(numbers(api("employee2", "/api/cases?person=marlowe").json())).as("not employee2's case").isEmpty();

    EngineRest.Reply backwards = api("auditor", "/api/cases?from=2026-12-31&to=2026-01-01");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.message()).isEqualTo("The search starts on 2026-12-31, after it ends (2026-01-01).");
    EngineRest.Reply notADate = api("auditor", "/api/cases?from=yesterday");
    assertThat(notADate.status()).isEqualTo(400);
    assertThat(notADate.message()).isEqualTo("\"yesterday\" is not a valid from date (write it as 2026-12-31).");
  }

  @Test
  void aViolationCaseHistoryNeverNamesTheReporterAndEveryOpeningIsLogged_VC() {
    String officer = withPassword(Officers.enlist(engine, roster, "Vera", "Lindqvist", "supervisor"));
    ProcessInstance report = staff.as("employee2", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, violationReport(officer)));
    String number = cases.number(report);

    EngineRest.Reply read = api("auditor", "/api/cases/" + number);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body()).contains("Officer Vera Lindqvist", "Started: Violation report to discipline")
        .doesNotContain("employee2", "Priya", "Shah");
    assertThat(api("ia", "/api/cases/" + number).status()).isEqualTo(200);
    assertThat(api(officer, "/api/cases/" + number).status()).as("the employee concerned").isEqualTo(403);
    assertThat(api("employee2", "/api/cases/" + number).status()).as("the reporter").isEqualTo(403);

    assertThat(read.body()).contains("Access log: ", "entries, every link intact.");
    String detail = jdbc.queryForObject("SELECT detail FROM case_access WHERE case_number = ? AND entry_no = 1",
        String.class, number);
    jdbc.update("UPDATE case_access SET detail = 'nothing' WHERE case_number = ? AND entry_no = 1", number);
    assertThat(api("auditor", "/api/cases/" + number).json().get("integrity").get(0).asText())
        .as("a changed row of the hash-chained access log").startsWith("Access log: BROKEN at entry 1 (CHANGED)");
    // Put back as it was (the database is shared with other test classes, which check every chain).
    jdbc.update("UPDATE case_access SET detail = ? WHERE case_number = ? AND entry_no = 1", detail, number);
    assertThat(api("auditor", "/api/cases/" + number).json().get("integrity").get(0).asText()).endsWith("intact.");

    assertThat(accessLog.of(number)).filteredOn(access -> access.action() == CaseAccessAction.CASE_VIEWED)
        .extracting(CaseAccess::userId, CaseAccess::detail)
        .contains(org.assertj.core.groups.Tuple.tuple("auditor", "case history"),
            org.assertj.core.groups.Tuple.tuple("ia", "case history"));
  }

  @Test
  void theCaseFileIsAPdfARecordListingEveryStepAndEveryDocumentsHash() throws Exception {
    ProcessInstance memo = memoWithTwoInquiryRoundsApproved("employee");
    String number = cases.number(memo);
    JsonNode history = api("auditor", "/api/cases/" + number).json();

    ResponseEntity<byte[]> file = apiBytes("auditor", "/api/cases/" + number + "/file.pdf");
    assertThat(file.getStatusCode().value()).isEqualTo(200);
    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("case-file-" + number + ".pdf");
    VeraPdf.assertPdfA2b(file.getBody());
    assertThat(signatures.verify(file.getBody())).singleElement()
        .satisfies(signature -> assertThat(signature.valid()).as("the case file is signed by the department").isTrue());
    try (PDDocument pdf = Loader.loadPDF(file.getBody())) {
      PdfA.assertPdfA2b(pdf, "Case file " + number, CaseFilePdf.AUTHOR);
      String text = PdfText.of(file.getBody()).replaceAll("\\s+", " ");
      assertThat(text).contains("Task completed: Decide on memo — Deputy Chief Daniel Okafor",
          "Which photograph exactly?", "Approved for the recruiting blog only");
      for (JsonNode doc : history.get("documents")) {
        assertThat(text.replace(" ", "")).contains(doc.get("sha256").asText() + "—matchesthestoreddocument");
        assertThat(text).contains("— valid, the department's signature, document unaltered");
      }
    }
    JsonNode json = api("auditor", "/api/cases/" + number + "/file.json").json();
    assertThat(json.get("documents")).isEqualTo(history.get("documents"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** The officer signs in with the demo password, so that their refusal is the case's, not the sign-in's. */
  private String withPassword(String userId) {
    var user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
    user.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(user);
    return userId;
  }

  private EngineRest.Reply api(String user, String path) {
    ResponseEntity<String> response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForEntity(path, String.class);
    return new EngineRest.Reply(response.getStatusCode().value(), response.getBody());
  }

  private ResponseEntity<byte[]> apiBytes(String user, String path) {
    return template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForEntity(path, byte[].class);
  }

  private ProcessInstance memoWithTwoInquiryRoundsApproved(String requester) {
    ProcessInstance memo = cases.submit(requester);
    cases.decide(memo, "designee", Map.of(Vars.DECISION, Decisions.INQUIRE, Vars.NOTATION, "Which photograph exactly?"));
    cases.complete(memo, Elements.ANSWER_INQUIRY, requester, Map.of(Vars.ANSWER, "The one at the academy gate"));
    cases.decide(memo, "designee", Map.of(Vars.DECISION, Decisions.INQUIRE, Vars.NOTATION, "Is the number plate visible?"));
    cases.complete(memo, Elements.ANSWER_INQUIRY, requester, Map.of(Vars.ANSWER, "No, it is blurred"));
    cases.decide(memo, "chief", Map.of(Vars.DECISION, Decisions.APPROVE,
        Vars.NOTATION, "Approved for the recruiting blog only"));
    cases.complete(memo, Elements.ACKNOWLEDGE_APPROVAL_COPY, requester, Map.of(Vars.ACKNOWLEDGED, true));
    return memo;
  }

  private static Map<String, Object> violationReport(String subject) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ViolationReporting.Vars.SUBJECT, subject);
    variables.put(ViolationReporting.Vars.PLACE_AND_TIME, "Public profile, 2026-11-20 around 22:00");
    variables.put(ViolationReporting.Vars.CLAUSES, "§IV.G");
    variables.put(ViolationReporting.Vars.WHAT_WAS_POSTED, "A post naming the victim in an open case");
    variables.put(ViolationReporting.Vars.EVIDENCE_URL, "https://social.example/post/123");
    variables.put(ViolationReporting.Vars.ENDANGERS, false);
    variables.put(ViolationReporting.Vars.ROUTE_TO, "internal-affairs");
    return variables;
  }

  private static List<String> numbers(JsonNode cases) {
    List<String> numbers = new ArrayList<>();
    cases.forEach(c -> numbers.add(c.get("number").asText()));
    return numbers;
  }

  private static List<JsonNode> stepsNamed(JsonNode history, String what) {
    List<JsonNode> found = new ArrayList<>();
    history.get("steps").forEach(step -> {
      if (step.get("what").asText().equals(what)) {
        found.add(step);
      }
    });
    return found;
  }

  private static String change(JsonNode step, String variable) {
    for (JsonNode change : step.get("changes")) {
      if (change.get("variable").asText().equals(variable)) {
        return change.get("after").asText();
      }
    }
    return null;
  }
}
