package org.policy321.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.PdfText;
import org.policy321.testing.Staff;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor, in Chromium, finds a finished depiction approval from Cockpit's dashboard by its number and reads who
 * did what and when, with the documents' hashes, and downloads the case file — without calling an API by hand.
 */
class CaseHistoryBrowserIT extends BrowserStory {

  @Autowired RuntimeService runtimeService;

  @Test
  void anAuditorFindsAFinishedCaseFromCockpitAndReadsItsHistory() throws Exception {
    String number = step("a memo is decided and acknowledged", this::finishedApproval);

    step("the auditor signs in to Cockpit", () -> tasklist.loginToCockpit("auditor", PASSWORD, "Helen Park"));
    step("Cockpit's dashboard offers the case search", () ->
        tasklist.awaitText(By.cssSelector(".case-history-search h3"), "Case history"));
    step("the auditor finds the case by its number", () -> {
      tasklist.type(By.cssSelector(".case-history-search input[name='q']"), number);
      tasklist.press(By.cssSelector(".case-history-search button[type='submit']"));
      tasklist.awaitText(By.id("case-title"), "Depiction approval " + number + " / " + approvalNumber(number));
    });
    step("every step names who did it", () -> {
      String steps = tasklist.textOf(By.id("steps"));
      assertThat(steps).contains("Started: Depiction approval (memo to the Chief)", "Officer Jordan Reyes",
          "Task completed: Decide on memo", "Chief of Police Margaret Holloway", "decision: approve",
          "notation: Approved for the recruiting blog", "Task completed: Acknowledge approval copy");
      assertThat(tasklist.textOf(By.id("documents"))).contains("matches the stored document")
          .doesNotContain("DOES NOT MATCH");
    });
    Path file = step("the auditor downloads the case file", () -> tasklist.download(By.id("file-pdf"), JOB_TIMEOUT));
    assertThat(PdfText.of(Files.readAllBytes(file))).contains("Case file " + number, "Margaret Holloway");
  }

  private String finishedApproval() {
    String id = as("employee", () -> runtimeService.startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, CaseDriver.memo()).getId());
    String decide = awaitTask(id, Elements.DECIDE_ON_MEMO);
    as("chief", () -> {
      taskService.claim(decide, "chief");
      taskService.complete(decide, Map.of(Vars.DECISION, Decisions.APPROVE,
          Vars.NOTATION, "Approved for the recruiting blog only"));
      return null;
    });
    String acknowledge = awaitTask(id, Elements.ACKNOWLEDGE_APPROVAL_COPY);
    as("employee", () -> {
      taskService.complete(acknowledge, Map.of(Vars.ACKNOWLEDGED, true));
      return null;
    });
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
  }

  private String approvalNumber(String requestNumber) {
    String instanceId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(requestNumber)
        .singleResult().getId();
    return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .variableName(Vars.APPROVAL_NUMBER).singleResult().getValue();
  }

  private <T> T as(String userId, java.util.function.Supplier<T> action) {
    return new Staff(identityService).as(userId, action);
  }
}
