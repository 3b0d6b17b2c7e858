package org.policy321.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.platform.identity.Roster;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.Officers;
import org.policy321.violation.ReportInTasklist;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tasklist's start confirmation names the new case (webapps/tasklist/case-number-on-start.js, issue 17): the requester
 * reads the number the case goes by, not "The process has been started." (REST side: StartAnswerNamesTheCaseTest).
 */
class StartConfirmationBrowserIT extends BrowserStory {

  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired JdbcClient jdbc;

  @Test
  void theStartConfirmationTellsTheRequesterTheNumberOfTheirRequest_IIIE() throws Exception {
    String proposedUsage = "My badge on a charity poster (" + UUID.randomUUID() + ")";
    String shown = step("the employee starts a depiction approval and reads the confirmation", () -> {
      login("employee");
      tasklist.openStartForm("Depiction approval (memo to the Chief)", By.id("proposedUsage"));
      tasklist.type(By.id("proposedUsage"), proposedUsage);
      tasklist.type(By.id("purpose"), "A charity run's poster.");
      tasklist.tick(By.name("depicted-badge"));
      tasklist.type(By.id("platform"), "Facebook");
      tasklist.tick(By.id("postingOpenEnded"));
      tasklist.submitStartForm();
      return tasklist.awaitNotification("was received");
    });

    step("it names the request's number, DR-<id>", () -> {
      String instanceId = historyService.createHistoricVariableInstanceQuery().variableName(Vars.PROPOSED_USAGE)
          .variableValueEquals(Vars.PROPOSED_USAGE, proposedUsage).singleResult().getProcessInstanceId();
      String number = "DR-" + numbers().requestId(instanceId);
      assertThat(shown).isEqualTo("Your request " + number + " was received. Quote its number whenever you ask about it.");
    });
  }

  @Test
  void aViolationReportsConfirmationNamesItsCaseNumber_VA() throws Exception {
    // About an officer of this test's own: reports about demo officers would count in other tests sharing the database.
    String officer = Officers.enlist(engine, roster, "Ambrose", "Whitfield", "supervisor");
    String placeAndTime = "Public profile, " + UUID.randomUUID();
    String shown = step("an employee reports a posting from Tasklist", () -> {
      login("employee2");
      ReportInTasklist.fill(tasklist, officer, placeAndTime, "A post naming the victim in an open case");
      tasklist.choose(By.id("endangers"), "No, or I do not know");
      tasklist.submitStartForm();
      return tasklist.awaitNotification("was received");
    });

    step("the confirmation names the case number, VR-…", () -> {
      String instanceId = ReportInTasklist.awaitCase(tasklist, historyService, placeAndTime);
      String caseNumber = numbers().caseNumber(instanceId);
      assertThat(caseNumber).startsWith("VR-");
      assertThat(shown).startsWith("Your request " + caseNumber + " was received.");
    });
  }

  private CaseNumbersOfInstances numbers() {
    return new CaseNumbersOfInstances(jdbc);
  }
}
