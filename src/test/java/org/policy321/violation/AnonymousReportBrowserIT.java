package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.testing.BrowserStory;

/**
 * The anonymous report page in real Chromium (§V.A): a report typed into {@code /report} without
 * logging in, its receipt code read off the page, and the code entered on {@code /report/status},
 * which shows the case as received and the receipt notice. A failing step leaves a screenshot in
 * {@code target/browser-it/}.
 */
class AnonymousReportBrowserIT extends BrowserStory {

  @Test
  void reportIsSentWithoutLoginAndItsStatusReadWithTheReceiptCode() throws Exception {
    // Unique, so the test finds its own case whatever else the engine holds.
    String whatWasPosted = "A photo of a crime scene with the victim's name (" + UUID.randomUUID() + ")";

    step("an anonymous sender fills in the report form", () -> {
      tasklist.openPage("/report", By.cssSelector("#clauses input[value='§IV.G']"));
      tasklist.type(By.id("placeAndTime"), "Public Instagram account, 20 November around 22:00");
      tasklist.tick(By.cssSelector("#clauses input[value='§IV.G']"));
      tasklist.tick(By.cssSelector("#clauses input[value='§III.D']"));
      tasklist.type(By.id("whatWasPosted"), whatWasPosted);
      tasklist.type(By.id("evidenceUrl"), "https://instagram.example/p/123");
      tasklist.tick(By.cssSelector("input[name='endangers'][value='true']"));
      tasklist.choose(By.id("routeTo"), "Supervisor Thomas Brennan");
      tasklist.press(By.id("send"));
    });
    String[] receipt = step("the page shows the case number and the receipt code once", () -> {
      String code = tasklist.textOf(By.id("receiptCode"));
      String caseNumber = tasklist.textOf(By.id("caseNumber"));
      assertThat(code).matches("([A-Z2-9]{4}-){5}[A-Z2-9]{4}");
      assertThat(caseNumber).matches("VR-\\d{4}-\\d{4}");
      assertThat(tasklist.textOf(By.id("receipt"))).contains("Write this code down now", "shown only this once");
      return new String[] {caseNumber, code};
    });
    step("the engine holds the report, with nobody as its starter", () -> {
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(receipt[0]).singleResult();
      assertThat(instance).isNotNull();
      assertThat(instance.getStartUserId()).isNull();
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableName(ViolationReporting.Vars.WHAT_WAS_POSTED).singleResult().getValue()).isEqualTo(whatWasPosted);
    });
    step("the sender reads the status with the code", () -> {
      tasklist.openPage("/report/status", By.id("code"));
      tasklist.type(By.id("code"), receipt[1]);
      tasklist.press(By.id("read"));
      tasklist.awaitText(By.id("caseNumber"), receipt[0]);
      tasklist.awaitText(By.id("status"), CaseStatus.RECEIVED.description);
      assertThat(tasklist.textOf(By.id("correspondence"))).contains("Receipt", "Your report was received",
          receipt[0], "goes to a supervisor");
    });
    step("a wrong code is refused with the reason, on the page", () -> {
      tasklist.type(By.id("code"), "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2");
      tasklist.press(By.id("read"));
      assertThat(tasklist.textOf(By.id("message"))).startsWith("This receipt code is not valid");
    });
  }
}
