package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 5, Bad input on the public report pages (§V.A): each refusal is HTTP 400 (403 without the
 * CSRF token) with a message the page shows, and starts no case — nothing half-recorded, nothing
 * lost (the page keeps what was typed).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class AnonymousReportBadInputTest {

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @LocalServerPort int port;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  ReportPageClient browser;

  @BeforeEach
  void openForm() {
    browser = new ReportPageClient(port);
    browser.openForm();
  }

  private long cases() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ViolationReporting.PROCESS_KEY).count();
  }

  private long reports() {
    return jdbc.queryForObject("select count(*) from violation_report", Long.class);
  }

  /** Sends the report, expects the refusal, and checks that nothing started. */
  private String refused(Map<String, Object> report, int status) {
    long casesBefore = cases();
    long reportsBefore = reports();
    ReportPageClient.Answer answer = browser.submit(report);
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.response().headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(cases()).as("no case started").isEqualTo(casesBefore);
    assertThat(reports()).as("no report recorded").isEqualTo(reportsBefore);
    return answer.message();
  }

  private static Map<String, Object> report() {
    return ReportPageClient.validReport("A post naming a victim");
  }

  @Test
  void missingFieldIsRefusedNamingIt_VA() {
    Map<String, Object> report = report();
    report.remove("whatWasPosted");
    assertThat(refused(report, 400)).contains("What was posted");

    Map<String, Object> noClause = report();
    noClause.remove("clauses");
    assertThat(refused(noClause, 400)).contains("choose at least one clause");

    Map<String, Object> noAnswer = report();
    noAnswer.remove("endangers");
    assertThat(refused(noAnswer, 400)).contains("endanger someone's safety");
  }

  @Test
  void evidenceDisguisedAsAnImageIsRefused_VA() {
    Map<String, Object> report = report();
    report.put("evidence", new ReportPageClient.Part("screenshot.png", "image/png",
        "#!/bin/sh\necho not a picture\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(refused(report, 400)).contains("is not a PDF, PNG or JPEG file (checked by its content");
  }

  @Test
  void evidenceOverTenMegabytesIsRefusedWithTheLimit_VA() {
    Map<String, Object> report = report();
    report.put("evidence", new ReportPageClient.Part("big.png", "image/png", pngOf(10 * 1024 * 1024 + 512 * 1024)));
    assertThat(refused(report, 400)).contains("10.5 MB", "the limit is 10 MB");
  }

  @Test
  void uploadOverTheRequestLimitIsRefusedWithAMessageNotAnError_VA() {
    Map<String, Object> report = report();
    report.put("evidence", new ReportPageClient.Part("huge.png", "image/png", pngOf(12 * 1024 * 1024 + 512 * 1024)));
    assertThat(refused(report, 400)).contains("too large", "the limit is 10 MB");
  }

  @Test
  void scriptInATextFieldIsRefusedAsJsonTextWhereItIsQuoted_VA() {
    // The clause list quotes what was typed in its refusal: the page gets it as a JSON string.
    Map<String, Object> report = report();
    report.put("clauses", "<script>alert(1)</script>");
    String message = refused(report, 400);
    assertThat(message).contains("'<script>alert(1)</script>' is not a clause");
  }

  @Test
  void invalidReceiptCodeIsRefusedAsNotValid_VA() {
    for (String code : new String[] {"ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2", "not a code", ""}) {
      ReportPageClient.Answer answer = browser.status(code);
      assertThat(answer.status()).as(code).isEqualTo(400);
      assertThat(answer.message()).contains("This receipt code is not valid");
    }
    ReportPageClient.Answer answer = browser.answer("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2", "An answer");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).contains("not valid");
  }

  @Test
  void answerWithoutAnOpenQuestionIsRefused_VA() {
    ReportPageClient.Answer sent = browser.submit(report());
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    String code = sent.json().get("receiptCode").asText();

    ReportPageClient.Answer answer = browser.answer(code, "Here is more");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).contains("There is no open question on this report; nothing was recorded.");
    assertThat(browser.status(code).json().get("correspondence")).extracting(l -> l.get("kind").asText())
        .containsExactly("RECEIPT");
  }

  @Test
  void postWithoutTheCsrfTokenIsForbidden() {
    long before = cases();
    ReportPageClient.Answer noToken = browser.postMultipart("/report", report(), null);
    assertThat(noToken.status()).isEqualTo(403);
    assertThat(noToken.message()).contains("missing or wrong security token", "nothing was recorded");

    ReportPageClient.Answer wrongToken = browser.postMultipart("/report", report(), "0".repeat(64));
    assertThat(wrongToken.status()).isEqualTo(403);

    ReportPageClient stranger = new ReportPageClient(port);
    ReportPageClient.Answer otherBrowsersToken = stranger.postMultipart("/report", report(), browser.token());
    assertThat(otherBrowsersToken.status()).as("a token without its cookie").isEqualTo(403);

    assertThat(browser.postForm("/report/status", Map.of("code", "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2"), null).status())
        .isEqualTo(403);
    assertThat(browser.postForm("/report/answer", Map.of("code", "x", "answer", "y"), null).status()).isEqualTo(403);
    assertThat(cases()).isEqualTo(before);

    assertThat(browser.submit(report()).status()).as("the same report with the token").isEqualTo(200);
    assertThat(cases()).isEqualTo(before + 1);
  }

  /** A file that starts like a PNG (so only its size is wrong), of the given length. */
  private static byte[] pngOf(int length) {
    byte[] content = Arrays.copyOf(SampleFiles.png(), length);
    System.arraycopy(PNG_MAGIC, 0, content, 0, PNG_MAGIC.length);
    return content;
  }
}
