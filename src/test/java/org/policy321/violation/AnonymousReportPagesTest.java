package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.testing.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public report pages over real HTTP (§V.A): served without login, the form's choices, a report
 * that becomes a case and a receipt code, and the code's page with the investigator's question
 * answered — texts travelling as JSON strings, never as markup.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class AnonymousReportPagesTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  ReportPageClient browser;

  @BeforeEach
  void openBrowser() {
    browser = new ReportPageClient(port);
  }

  @Test
  void pagesNeedNoLoginAndKeepNothingInTheBrowser_VA() {
    ReportPageClient.Answer page = browser.get("/report");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<form id=\"report\"", "name=\"placeAndTime\"", "§V.A", "/report/report.js");
    assertThat(page.response().headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.response().headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(page.response().headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("script-src 'self'");
    assertThat(page.response().headers().allValues("Set-Cookie")).as("no session, only the CSRF token")
        .noneMatch(cookie -> cookie.startsWith("JSESSIONID"))
        .anyMatch(cookie -> cookie.startsWith("REPORT-XSRF-TOKEN=") && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Strict") && cookie.contains("Path=/report"));

    ReportPageClient.Answer status = browser.get("/report/status");
    assertThat(status.status()).isEqualTo(200);
    assertThat(status.body()).contains("<form id=\"lookup\"", "Receipt code", "/report/status.js");
  }

  @Test
  void formOffersEveryClauseAndTheSupervisorsByName_VA() {
    JsonNode form = browser.openForm();
    assertThat(form.get("clauses")).extracting(c -> c.get("code").asText())
        .containsExactlyElementsOf(Arrays.stream(PolicyClause.values()).map(c -> c.code).toList());
    assertThat(form.get("clauses").get(0).get("title").asText()).isEqualTo(PolicyClause.I_A.title);
    assertThat(form.get("supervisors")).extracting(s -> s.get("id").asText() + "=" + s.get("name").asText())
        .containsExactly("supervisor=Thomas Brennan");
    assertThat(form.get("maxEvidenceBytes").asLong()).isEqualTo(10485760L);
  }

  @Test
  void reportToASupervisorBecomesACaseAndTheCodeReadsItsStatus_VA() {
    browser.openForm();
    Map<String, Object> report = ReportPageClient.validReport("A post naming a victim");
    report.put("routeTo", "supervisor");
    report.put("endangers", "true");
    ReportPageClient.Answer sent = browser.submit(report);

    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    String caseNumber = sent.json().get("caseNumber").asText();
    String code = sent.json().get("receiptCode").asText();
    assertThat(caseNumber).matches("VR-\\d{4}-\\d{4}");
    assertThat(code).matches("([A-Z2-9]{4}-){5}[A-Z2-9]{4}");
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(engine.getRuntimeService().getVariables(instance.getId()))
        .containsEntry(ViolationReporting.Vars.CLAUSES, "§IV.G, §III.J")
        .containsEntry(ViolationReporting.Vars.ENDANGERS, true)
        .containsEntry(ViolationReporting.Vars.ANONYMOUS, true);

    JsonNode status = browser.status(code.toLowerCase()).json();
    assertThat(status.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(status.get("status").asText()).isEqualTo(CaseStatus.RECEIVED.description);
    assertThat(status.get("questionOpen").asBoolean()).isFalse();
    assertThat(status.get("correspondence")).singleElement().satisfies(letter -> {
      assertThat(letter.get("kind").asText()).isEqualTo("RECEIPT");
      assertThat(letter.get("text").asText()).contains(caseNumber, "a supervisor");
    });
  }

  @Test
  void investigatorsQuestionIsReadAndAnsweredWithTheCodeAsPlainText_VA() {
    browser.openForm();
    String script = "<script>alert('posted')</script>";
    ReportPageClient.Answer sent = browser.submit(ReportPageClient.validReport(script));
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    String code = sent.json().get("receiptCode").asText();
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(sent.json().get("caseNumber").asText()).singleResult();
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), ViolationReporting.Vars.WHAT_WAS_POSTED))
        .as("stored as typed, as text").isEqualTo(script);

    String question = "Did you see <b>who</b> took the photo? <img src=x onerror=alert(1)>";
    Staff staff = new Staff(engine.getIdentityService());
    complete(staff, instance, ViolationReporting.Elements.TRIAGE_REPORT, Map.of(ViolationReporting.Vars.TRIAGE, "accept",
        ViolationReporting.Vars.POLICY_SCOPE, PolicyScope.IDENTIFIES_AS_EMPLOYEE.value));
    complete(staff, instance, ViolationReporting.Elements.INVESTIGATE, Map.of(
        ViolationReporting.Vars.INVESTIGATION_STEP, "question", ViolationReporting.Vars.QUESTION, question));

    ReportPageClient.Answer asked = browser.status(code);
    assertThat(asked.json().get("questionOpen").asBoolean()).isTrue();
    assertThat(asked.json().get("correspondence")).extracting(l -> l.get("text").asText()).contains(question);
    assertThat(asked.response().headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(asked.response().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    String answer = "No. </td><script>alert('answer')</script>";
    ReportPageClient.Answer answered = browser.answer(code, answer);
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().get("questionOpen").asBoolean()).isFalse();
    assertThat(answered.json().get("correspondence")).extracting(l -> l.get("kind").asText() + ": " + l.get("text").asText())
        .containsSubsequence("QUESTION: " + question, "ANSWER: " + answer);
    assertThat(instance).satisfies(i -> assertThat(engine.getTaskService().createTaskQuery().processInstanceId(i.getId())
        .taskDefinitionKey(ViolationReporting.Elements.INVESTIGATE).count()).as("back with the investigator").isOne());
  }

  private void complete(Staff staff, ProcessInstance instance, String element, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(element).singleResult();
    assertThat(task).as(element).isNotNull();
    staff.as("ia", () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), "ia");
      }
      engine.getTaskService().complete(task.getId(), variables);
    });
  }
}
