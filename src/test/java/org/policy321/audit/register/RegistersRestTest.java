package org.policy321.audit.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.PdfA;
import org.policy321.testing.PdfText;
import org.policy321.violation.ViolationReporting.Vars;
import org.policy321.violation.anonymous.AnonymousReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The registers for auditors (issue 13) over {@code /api/registers}: every request and every case in every
 * status, the period filter, CSV and PDF/A, the reporter never shown (§V.C), and who is refused.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class RegistersRestTest {

  static final String APPROVALS = "/api/registers/approvals";
  static final String CASES = "/api/registers/violation-cases";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired AnonymousReports anonymous;

  RegisterProcesses processes;

  @BeforeEach
  void processes() {
    EngineRest.serve(engine);
    processes = new RegisterProcesses(engine, roster, anonymous);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theApprovalsRegisterListsEveryRequestInEveryStatus() {
    LocalDate day = LocalDate.of(2019, 3, 4);
    processes.on(day);
    ProcessInstance underReview = processes.submitMemo("employee");
    ProcessInstance approved = processes.submitMemo("employee2");
    processes.decideMemo(approved, "chief", Decisions.APPROVE, null);
    ProcessInstance disapproved = processes.submitMemo("employee");
    processes.decideMemo(disapproved, "designee", Decisions.DISAPPROVE, "The uniform may not advertise a blog");
    ProcessInstance withdrawn = processes.submitMemo("employee2");
    processes.withdrawMemo(withdrawn, "employee2");

    JsonNode lines = get("auditor", APPROVALS + "?from=" + day + "&to=" + day).json().path("lines");

    assertThat(StreamSupport.stream(lines.spliterator(), false).map(line -> tuple(line.path("requestNumber").asText(),
            line.path("requester").asText(), line.path("requesterRank").asText(), line.path("status").asText(),
            line.path("decision").asText(null), line.path("decidedBy").asText(null),
            line.path("closedAt").isNull())))
        .containsExactly(
            tuple(processes.requestNumber(underReview), "Jordan Reyes", "Officer", "UNDER_REVIEW", null, null, true),
            tuple(processes.requestNumber(approved), "Priya Shah", "Officer", "APPROVED", "approve",
                "Margaret Holloway", false),
            tuple(processes.requestNumber(disapproved), "Jordan Reyes", "Officer", "DISAPPROVED", "disapprove",
                "Daniel Okafor", false),
            tuple(processes.requestNumber(withdrawn), "Priya Shah", "Officer", "WITHDRAWN", null, null, false));
    assertThat(lines.get(1).path("approvalNumber").asText()).matches("DA-2019-\\d{4}");
    assertThat(lines.get(1).path("approvalStatus").asText()).isEqualTo("ISSUED");
    assertThat(lines.get(1).path("decidedAt").asText()).startsWith("2019-03-04T10:00");
    assertThat(lines.get(0).path("approvalNumber").isNull()).isTrue();
    assertThat(lines.get(2).path("approvalNumber").isNull()).as("no approval for a disapproval").isTrue();
    for (String reader : List.of("chief", "designee")) {
      assertThat(get(reader, APPROVALS + "?from=" + day + "&to=" + day).json().path("lines")).as(reader).hasSize(4);
    }
  }

  @Test
  void theViolationCasesRegisterListsEveryCaseInEveryStatus() {
    LocalDate day = LocalDate.of(2019, 4, 8);
    processes.on(day);
    String officer = processes.newOfficer("Sam", "Carter");
    ProcessInstance received = processes.reportNamed("employee2", officer);
    ProcessInstance notAViolation = processes.reportNamed("employee2", officer);
    processes.triage(notAViolation, "not-a-violation", Map.of(Vars.TRIAGE_REASON, "Satire account"));
    ProcessInstance investigated = processes.reportNamed("employee2", officer);
    processes.triage(investigated, "accept", Map.of());
    ProcessInstance disciplined = processes.reportNamed("employee2", officer);
    processes.sustainWithCounseling(disciplined, officer);

    for (String reader : List.of("auditor", "ia", "chief")) {
      JsonNode lines = get(reader, CASES + "?from=" + day + "&to=" + day).json().path("lines");

      assertThat(StreamSupport.stream(lines.spliterator(), false).map(line -> tuple(line.path("caseNumber").asText(),
              line.path("status").asText(), line.path("clauses").asText(), line.path("finding").asText(null),
              line.path("discipline").asText(null), line.path("closedAt").isNull(), line.path("employee").asText(),
              line.path("employeeRank").asText())))
          .as(reader)
          .containsExactly(
              tuple(received.getBusinessKey(), "RECEIVED", "§IV.G", null, null, true, "Sam Carter", "Officer"),
              tuple(notAViolation.getBusinessKey(), "NOT_A_VIOLATION", "§IV.G", null, null, false, "Sam Carter",
                  "Officer"),
              tuple(investigated.getBusinessKey(), "UNDER_INVESTIGATION", "§IV.G", null, null, true, "Sam Carter",
                  "Officer"),
              tuple(disciplined.getBusinessKey(), "CLOSED", "§IV.G", "sustained", "counseling", false, "Sam Carter",
                  "Officer"));
      assertThat(lines.get(0).path("receivedAt").asText()).startsWith("2019-04-08T10:00");
    }
  }

  @Test
  void thePeriodLeavesOutWhatWasSubmittedOrReceivedOutsideIt() {
    LocalDate first = LocalDate.of(2019, 5, 6);
    LocalDate third = LocalDate.of(2019, 5, 8);
    processes.on(first);
    String early = processes.requestNumber(processes.submitMemo("employee"));
    String officer = processes.newOfficer("Kim", "Lowe");
    String earlyCase = processes.reportNamed("employee2", officer).getBusinessKey();
    processes.on(third);
    String late = processes.requestNumber(processes.submitMemo("employee"));
    String lateCase = processes.reportNamed("employee2", officer).getBusinessKey();

    assertThat(numbers(APPROVALS, "requestNumber", "from=2019-05-07&to=2019-05-31")).containsExactly(late);
    assertThat(numbers(APPROVALS, "requestNumber", "from=2019-05-01&to=2019-05-07")).containsExactly(early);
    assertThat(numbers(APPROVALS, "requestNumber", "from=2019-05-06&to=2019-05-08")).containsExactly(early, late);
    assertThat(numbers(CASES, "caseNumber", "from=2019-05-07&to=2019-05-31")).containsExactly(lateCase);
    assertThat(numbers(CASES, "caseNumber", "from=2019-05-01&to=2019-05-07")).containsExactly(earlyCase);
    assertThat(numbers(CASES, "caseNumber", "from=2019-05-06&to=2019-05-08")).containsExactly(earlyCase, lateCase);
    assertThat(new String(bytes("auditor", CASES + ".csv?from=2019-05-07&to=2019-05-31").getBody(),
        StandardCharsets.UTF_8)).contains(lateCase).doesNotContain(earlyCase);
  }

  @Test
  void badPeriodsAndFormatsAreRefusedWithASentence() {
    Reply malformed = get("auditor", APPROVALS + "?from=2019-13-01");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.message()).isEqualTo("\"2019-13-01\" is not a date for from: write it as 2026-03-31.");
    Reply backwards = get("auditor", CASES + "?from=2019-05-08&to=2019-05-06");
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.message()).isEqualTo("The period starts (2019-05-08) after it ends (2019-05-06).");
    Reply unknownFormat = get("auditor", CASES + "?format=xlsx");
    assertThat(unknownFormat.status()).isEqualTo(400);
    assertThat(unknownFormat.message()).isEqualTo("\"xlsx\" is no format of the registers: choose json, csv or pdf.");
  }

  @Test
  void theCsvHasAHeadingRowAndEscapesWhatARequestersNameCarries() {
    LocalDate day = LocalDate.of(2019, 6, 3);
    processes.on(day);
    String hostile = processes.newOfficer("=HYPERLINK(\"http://evil.example\")", "O\"Brien, Jr.");
    String requestNumber = processes.requestNumber(processes.submitMemo(hostile));

    ResponseEntity<byte[]> csv = bytes("auditor", APPROVALS + "?format=csv&from=" + day + "&to=" + day);

    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("approvals-register.csv");
    assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).isEqualTo(
        "Request,Approval,Requester,Rank,Submitted,Status,Decision,Decided by,Decided,Closed,Approval status\r\n"
            + requestNumber + ",,\"'=HYPERLINK(\"\"http://evil.example\"\") O\"\"Brien, Jr.\",Officer,"
            + "2019-06-03T10:00:00Z,UNDER_REVIEW,,,,,\r\n");
  }

  @Test
  void bothRegistersAreArchivalPdfs() throws Exception {
    LocalDate day = LocalDate.of(2019, 6, 10);
    processes.on(day);
    String requestNumber = processes.requestNumber(processes.submitMemo("employee"));
    String caseNumber = processes.reportNamed("employee2", processes.newOfficer("Lee", "Park")).getBusinessKey();

    byte[] approvals = bytes("designee", APPROVALS + ".pdf?from=" + day + "&to=" + day).getBody();
    byte[] cases = bytes("ia", CASES + "?format=pdf&from=" + day + "&to=" + day).getBody();

    PdfA.assertPdfA2b(approvals, ApprovalsRegister.TITLE, "Policy 3.21 process engine");
    PdfA.assertPdfA2b(cases, ViolationCasesRegister.TITLE, "Policy 3.21 process engine");
    assertThat(PdfText.of(approvals)).contains(ApprovalsRegister.TITLE, "2019-06-10 to 2019-06-10", requestNumber,
        "Requester: Jordan Reyes", "Status: UNDER_REVIEW", "Deputy Chief Daniel Okafor");
    assertThat(PdfText.of(cases)).contains(ViolationCasesRegister.TITLE, caseNumber, "Status: RECEIVED",
        "Employee concerned: Lee Park", "Clauses: §IV.G");
  }

  @Test
  void theReporterIsNowhereInTheViolationCasesRegister_namedOrAnonymous() {
    LocalDate day = LocalDate.of(2019, 7, 1);
    processes.on(day);
    String officer = processes.newOfficer("Ada", "Quinn");
    String named = processes.reportNamed("employee2", officer).getBusinessKey();
    String anonymousCase = processes.reportAnonymously(officer);
    String period = "from=" + day + "&to=" + day;

    Reply json = get("auditor", CASES + "?" + period);
    String csv = new String(bytes("ia", CASES + ".csv?" + period).getBody(), StandardCharsets.UTF_8);
    String pdf = PdfText.of(bytes("chief", CASES + ".pdf?" + period).getBody());

    assertThat(json.json().path("lines")).hasSize(2);
    assertThat(json.body()).contains(named, anonymousCase);
    assertThat(csv).contains(named, anonymousCase);
    assertThat(pdf).contains(named, anonymousCase);
    for (String export : List.of(json.body(), csv, pdf)) {
      assertThat(export.toLowerCase()).doesNotContain("employee2", "priya", "shah", "anonym", "reporter", "receipt");
    }
    json.json().path("lines").forEach(line -> assertThat(line.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("caseNumber", "receivedAt", "status", "clauses", "finding", "discipline",
            "closedAt", "mergedInto", "employee", "employeeRank"));
  }

  @Test
  void aCaseAboutAReaderIsLeftOutOfTheirRegister_auditorsSeeIt() {
    LocalDate day = LocalDate.of(2019, 8, 5);
    processes.on(day);
    String aboutInternalAffairs = processes.reportNamed("employee2", "ia").getBusinessKey();
    String period = "?from=" + day + "&to=" + day;

    assertThat(numbers(CASES, "caseNumber", period.substring(1))).containsExactly(aboutInternalAffairs);
    assertThat(get("chief", CASES + period).json().path("lines")).hasSize(1);
    assertThat(get("ia", CASES + period).json().path("lines")).as("conflicts of interest").isEmpty();
    assertThat(new String(bytes("ia", CASES + ".csv" + period).getBody(), StandardCharsets.UTF_8))
        .doesNotContain(aboutInternalAffairs);
  }

  @Test
  void everyoneElseIsRefusedWithASentence() {
    for (String user : List.of("employee", "supervisor", "ia", "hr", "pio")) {
      for (String path : List.of(APPROVALS, APPROVALS + ".csv", APPROVALS + "?format=pdf")) {
        Reply refused = get(user, path);
        assertThat(refused.status()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.message())
            .isEqualTo("Only auditors, the Chief of Police and designees read the approvals register.");
      }
    }
    for (String user : List.of("employee", "supervisor", "designee", "hr", "pio")) {
      for (String path : List.of(CASES, CASES + ".pdf", CASES + "?format=csv")) {
        Reply refused = get(user, path);
        assertThat(refused.status()).as(user + " " + path).isEqualTo(403);
        assertThat(refused.message())
            .isEqualTo(
                "Only auditors, Internal Affairs and the Chief of Police read the violation cases register (§V).");
      }
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private List<String> numbers(String register, String field, String period) {
    return StreamSupport.stream(get("auditor", register + "?" + period).json().path("lines").spliterator(), false)
        .map(line -> line.path(field).asText()).toList();
  }

  private Reply get(String user, String path) {
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForEntity(path, String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

  private ResponseEntity<byte[]> bytes(String user, String path) {
    ResponseEntity<byte[]> response =
        template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForEntity(path, byte[].class);
    assertThat(response.getStatusCode().value()).as(path).isEqualTo(200);
    return response;
  }
}
