package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests the report page never sends (a cut-off upload, a form that is not multipart, a value the form
 * does not offer) answer 400 with a sentence, start nothing and log no stack trace.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AnonymousReportMalformedRequestTest {

  @LocalServerPort int port;
  @Autowired HistoryService historyService;
  ReportPageClient browser;

  @BeforeEach
  void openForm() {
    browser = new ReportPageClient(port);
    browser.openForm();
  }

  @Test
  void brokenMultipartBodiesAnswer400WithASentenceAndNoStackTrace(CapturedOutput output) {
    long before = cases();

    ReportPageClient.Answer cutOff = post("multipart/form-data; boundary=----b",
        "------b\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"e.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG");
    ReportPageClient.Answer noBoundary = post("multipart/form-data", "subject=x");

    for (ReportPageClient.Answer answer : new ReportPageClient.Answer[] {cutOff, noBoundary}) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      assertThat(answer.message()).as(answer.body()).startsWith("The form could not be read");
    }
    assertThat(cases()).as("no case started").isEqualTo(before);
    assertThat(output.getAll()).as("no stack trace for a sender's mistake").doesNotContain("\tat ");
  }

  @Test
  void aValueTheFormDoesNotOfferAnswers400NamingTheField(CapturedOutput output) {
    Map<String, Object> report = ReportPageClient.validReport("A post naming a victim");
    report.put("endangers", "maybe");

    ReportPageClient.Answer answer = browser.submit(report);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.message()).contains("\"endangers\"").contains("nothing was recorded");
    assertThat(output.getAll()).doesNotContain("\tat ");
  }

  private ReportPageClient.Answer post(String contentType, String body) {
    return browser.send(HttpRequest.newBuilder(URI.create(browser.baseUrl + "/report"))
        .header("Accept", "application/json").header("Content-Type", contentType)
        .header(ReportPageClient.HEADER, browser.token())
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private long cases() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ViolationReporting.PROCESS_KEY).count();
  }
}
