package org.policy321.violation;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.openqa.selenium.By;
import org.policy321.testing.Tasklist;

/** A violation report in a browser story: the Tasklist start form as a reporter fills it, and the case it starts (§V.A). */
public final class ReportInTasklist {

  public static final String PROCESS_NAME = "Violation report to discipline";

  private ReportInTasklist() {}

  /**
   * Opens the start form and gives what every story's report gives: the employee concerned, where and when, the
   * clause (§IV.G), what was posted, and Internal Affairs; the story adds the rest (evidence, danger) and starts it.
   */
  public static void fill(Tasklist tasklist, String subject, String placeAndTime, String whatWasPosted) {
    tasklist.openStartForm(PROCESS_NAME, By.id("placeAndTime"));
    tasklist.type(By.id("subject"), subject);
    tasklist.type(By.id("placeAndTime"), placeAndTime);
    tasklist.choose(By.id("clauses"), "§IV.G Names of victims of sexual assault or child molestation");
    tasklist.type(By.id("whatWasPosted"), whatWasPosted);
    tasklist.choose(By.id("routeTo"), "Internal Affairs");
  }

  /** The process instance of the case the form started, found by its place and time once it is registered. */
  public static String awaitCase(Tasklist tasklist, HistoryService historyService, String placeAndTime) {
    HistoricProcessInstance[] found = new HistoricProcessInstance[1];
    tasklist.waitFor(Tasklist.UI_TIMEOUT, "the reported case", () -> {
      found[0] = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ViolationReporting.PROCESS_KEY)
          .variableValueEquals(ViolationReporting.Vars.PLACE_AND_TIME, placeAndTime).singleResult();
      return found[0] != null;
    });
    return found[0].getId();
  }
}
