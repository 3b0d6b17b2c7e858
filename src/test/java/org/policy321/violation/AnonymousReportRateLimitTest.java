package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The rate limits of the public report pages (issue 5, abuse): beyond the configured count per window a
 * report or a code look-up is refused with HTTP 429 and a message saying until when — never dropped —
 * and accepted again once the window has passed. The limits count accepted work (issue 10): refused
 * reports and refused look-ups (wrong codes) have budgets of their own, so exhausting those silences
 * nobody. Small limits here; the defaults are 20 and 30 per PT10M.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {
    "policy.violation.anonymous.rate-limit.submissions=2",
    "policy.violation.anonymous.rate-limit.submission-window=PT10M",
    "policy.violation.anonymous.rate-limit.lookups=3",
    "policy.violation.anonymous.rate-limit.lookup-window=PT10M",
    "policy.violation.anonymous.rate-limit.refused-submissions=2",
    "policy.violation.anonymous.rate-limit.refused-submission-window=PT10M",
    "policy.violation.anonymous.rate-limit.refused-lookups=3",
    "policy.violation.anonymous.rate-limit.refused-lookup-window=PT10M"})
@ActiveProfiles("test")
class AnonymousReportRateLimitTest {

  private static final String SOME_CODE = "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2";

  @LocalServerPort int port;
  @Autowired HistoryService historyService;
  ReportPageClient browser;
  Instant start;

  @BeforeEach
  void fixTime() {
    // On a minute, so "try again after HH:MM" is exactly start + 10 minutes.
    start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(1));
    ClockUtil.setCurrentTime(Date.from(start));
    browser = new ReportPageClient(port);
    browser.openForm();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private long cases() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ViolationReporting.PROCESS_KEY).count();
  }

  private static String hoursMinutes(Instant at) {
    return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ZoneId.systemDefault()));
  }

  @Test
  void reportsBeyondTheLimitAreRefusedUntilTheWindowHasPassed() {
    assertThat(browser.submit(ReportPageClient.validReport("First")).status()).isEqualTo(200);
    ClockUtil.setCurrentTime(Date.from(start.plusSeconds(30)));
    assertThat(browser.submit(ReportPageClient.validReport("Second")).status()).isEqualTo(200);
    long before = cases();

    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(9))));
    ReportPageClient.Answer third = browser.submit(ReportPageClient.validReport("Third"));
    assertThat(third.status()).isEqualTo(429);
    assertThat(third.message()).isEqualTo("Too many reports were sent in the last 10 minutes; try again after "
        + hoursMinutes(start.plus(Duration.ofMinutes(10))) + ", or report to a supervisor or Internal Affairs directly.");
    assertThat(third.response().headers().firstValue("Retry-After")).hasValue("60");
    assertThat(cases()).as("refused, not started").isEqualTo(before);

    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(10)).plusSeconds(1)));
    assertThat(browser.submit(ReportPageClient.validReport("Third, again")).status())
        .as("the first report left the window").isEqualTo(200);
    assertThat(browser.submit(ReportPageClient.validReport("Fourth")).status())
        .as("the second is still in it").isEqualTo(429);
    assertThat(cases()).isEqualTo(before + 1);
  }

  @Test
  void validLookUpsBeyondTheLimitAreRefusedUntilTheWindowHasPassed() {
    // Each test in an hour of its own: the limits are the context's, shared by the tests.
    Instant now = start.plus(Duration.ofHours(1));
    ClockUtil.setCurrentTime(Date.from(now));
    String code = browser.submit(ReportPageClient.validReport("Looked up")).json().path("receiptCode").asText();
    for (int i = 0; i < 3; i++) {
      assertThat(browser.status(code).status()).isEqualTo(200);
    }
    ReportPageClient.Answer fourth = browser.status(code);
    assertThat(fourth.status()).isEqualTo(429);
    assertThat(fourth.message()).isEqualTo("Too many receipt codes were checked in the last 10 minutes; try again after "
        + hoursMinutes(now.plus(Duration.ofMinutes(10))) + ".");
    assertThat(browser.answer(code, "an answer").status()).as("answers count too").isEqualTo(429);

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(10)).plusSeconds(1)));
    assertThat(browser.status(code).status()).isEqualTo(200);
  }

  @Test
  void invalidReportsHaveABudgetOfTheirOwn_aCompleteReportIsStillAccepted() {
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(2))));
    long before = cases();
    for (int i = 0; i < 2; i++) {
      assertThat(browser.submit(Map.of("whatWasPosted", "one field")).status()).isEqualTo(400);
    }
    ReportPageClient.Answer beyond = browser.submit(Map.of("whatWasPosted", "one field"));
    assertThat(beyond.status()).as("the refusal budget is used up").isEqualTo(429);
    assertThat(beyond.message()).as("still saying what is wrong").contains("Too many reports were refused",
        "a complete report is still accepted");
    assertThat(beyond.response().headers().firstValue("Retry-After")).isPresent();

    assertThat(browser.submit(ReportPageClient.validReport("Real report")).status()).isEqualTo(200);
    assertThat(browser.submit(ReportPageClient.validReport("Another real report")).status())
        .as("the refusals used none of the two accepted reports").isEqualTo(200);
    assertThat(browser.submit(ReportPageClient.validReport("Third")).status())
        .as("the limit of accepted reports still applies").isEqualTo(429);
    assertThat(cases()).isEqualTo(before + 2);
  }

  @Test
  void wrongCodesHaveABudgetOfTheirOwn_aRightCodeStillReadsItsStatus() {
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofHours(3))));
    ReportPageClient.Answer sent = browser.submit(ReportPageClient.validReport("Mine"));
    String code = sent.json().path("receiptCode").asText();
    for (int i = 0; i < 3; i++) {
      assertThat(browser.status(SOME_CODE).status()).isEqualTo(400);
    }
    for (int i = 0; i < 10; i++) {
      ReportPageClient.Answer guessed = browser.status(SOME_CODE);
      assertThat(guessed.status()).as("wrong codes beyond their budget").isEqualTo(429);
      assertThat(guessed.message()).contains("This receipt code is not valid", "a valid receipt code still works");
    }
    assertThat(browser.answer(SOME_CODE, "an answer").status()).isEqualTo(429);

    ReportPageClient.Answer mine = browser.status(code);
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    assertThat(mine.json().path("caseNumber").asText()).isEqualTo(sent.json().path("caseNumber").asText());
    assertThat(browser.status(code).status()).isEqualTo(200);
    assertThat(browser.status(code).status()).as("wrong codes used none of the three look-ups").isEqualTo(200);
    assertThat(browser.status(code).status()).as("the limit of valid look-ups still applies").isEqualTo(429);
  }
}
