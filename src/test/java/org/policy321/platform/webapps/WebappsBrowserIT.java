package org.policy321.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.testing.BrowserStory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What staff read in Tasklist and Cockpit, in real Chromium: the department's name where Camunda's stood, no
 * "migrate to Camunda 8" banner, and a refused start or completion as the sentence to act on, nothing more
 * (platform/webapps, platform/rest/WebappEngineApi). A failing step leaves a screenshot in {@code target/browser-it/}.
 */
class WebappsBrowserIT extends BrowserStory {

  private static final String DEPARTMENT = "Springfield Police Department";
  private static final String MIGRATION_BANNER = "migrate to Camunda 8";
  private static final By BRAND = By.cssSelector(".navbar-brand .brand-name");
  private static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");

  @Autowired RuntimeService runtimeService;

  @Test
  void tasklistAndCockpitAreTheDepartments_withoutCamundasMigrationBanner() throws Exception {
    step("Tasklist shows the department's name and no migration banner", () -> {
      login("employee");
      assertThat(tasklist.textOf(BRAND)).isEqualTo(DEPARTMENT + " Tasklist");
      assertThat(tasklist.title()).isEqualTo(DEPARTMENT + " Tasklist");
      assertThat(tasklist.isShown(EOL_BANNER)).isFalse();
      assertThat(tasklist.visiblePageText()).doesNotContain(MIGRATION_BANNER).doesNotContain("Camunda 7 CE");
      tasklist.logout();
    });

    step("Cockpit too, its case history plugin still there", () -> {
      tasklist.loginToCockpit("admin", PASSWORD, "Alex Admin");
      assertThat(tasklist.textOf(BRAND)).isEqualTo(DEPARTMENT + " Cockpit");
      // Cockpit adds the page: "... Cockpit | Dashboard".
      assertThat(tasklist.title()).startsWith(DEPARTMENT + " Cockpit");
      assertThat(tasklist.isShown(EOL_BANNER)).isFalse();
      assertThat(tasklist.visiblePageText()).doesNotContain(MIGRATION_BANNER).doesNotContain("Camunda 7 CE");
    });

    step("and Admin", () -> {
      tasklist.openPage("/camunda/app/admin/default/", BRAND);
      tasklist.awaitText(BRAND, DEPARTMENT + " Admin");
      assertThat(tasklist.isShown(EOL_BANNER)).isFalse();
      assertThat(tasklist.visiblePageText()).doesNotContain(MIGRATION_BANNER);
    });
  }

  @Test
  void tasklistShowsARefusalAsItsSentence() throws Exception {
    String proposedUsage = "My badge on a charity poster (" + UUID.randomUUID() + ")";
    step("a memo without how long it stays up is refused with the sentence, and nothing starts", () -> {
      login("employee");
      tasklist.openStartForm("Depiction approval (memo to the Chief)", By.id("proposedUsage"));
      tasklist.type(By.id("proposedUsage"), proposedUsage);
      tasklist.type(By.id("purpose"), "A charity run's poster.");
      tasklist.tick(By.name("depicted-badge"));
      tasklist.type(By.id("platform"), "Facebook");

      assertThat(tasklist.submitStartFormRefused()).isEqualTo("Say until when the posting stays up (a date), or tick "
          + "\"open-ended\" (§III.R): the requester removes it when the date passes.");
      assertThat(historyService.createHistoricVariableInstanceQuery().variableName(Vars.PROPOSED_USAGE)
          .list().stream().filter(v -> proposedUsage.equals(v.getValue())).count()).isZero();
      tasklist.press(By.cssSelector(".modal-footer button[ng-click='$dismiss()']"));
      tasklist.logout();
    });

    String processInstanceId = step("the employee's memo reaches the designee", () -> {
      identityService.setAuthentication("employee", List.of("employee"));
      try {
        return runtimeService.startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, Map.of(
            Vars.PROPOSED_USAGE, proposedUsage, Vars.PURPOSE, "A charity run's poster.", Vars.DEPICTIONS, "badge",
            Vars.PLATFORM, "Facebook", Vars.POSTING_OPEN_ENDED, true)).getId();
      } finally {
        identityService.clearAuthentication();
      }
    });

    step("a disapproval without its reason is refused with the sentence, and the task stays open", () -> {
      String taskId = awaitTask(processInstanceId, Elements.DECIDE_ON_MEMO);
      login("designee");
      tasklist.openTask(taskId, "Decide on memo", By.id("notation"));
      tasklist.claim(By.id("decision"));
      tasklist.choose(By.id("decision"), "Disapprove");
      tasklist.type(By.id("notation"), "Not for a poster.");

      assertThat(tasklist.completeRefused()).isEqualTo("A reason for the disapproval is required.");
      assertThat(isCompleted(taskId)).isFalse();
      assertThat(runtimeService.getVariable(processInstanceId, Vars.DECISION)).isNull();
    });
  }
}
