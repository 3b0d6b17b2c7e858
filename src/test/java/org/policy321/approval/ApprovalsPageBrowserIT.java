package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.testing.ActiveApprovals;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.Officers;
import org.policy321.testing.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The approvals page inside the Tasklist session (issue 17, §III.R): "Approvals" in Tasklist's header
 * (webapps/tasklist/approvals-link.js) opens it after the one Tasklist sign-in, with requesters named, every status,
 * and a status filter; the Chief sees everyone's, an employee their own; auditors open it from Cockpit's header.
 */
class ApprovalsPageBrowserIT extends BrowserStory {

  private static final By TABLE = By.id("approvals");
  private static final By NUMBERS = By.cssSelector("#approvals tbody tr td:first-child");
  private static final By REQUESTERS = By.cssSelector("#approvals tbody tr td:nth-child(2)");
  private static final By STATUSES = By.cssSelector("#approvals tbody tr td:nth-child(5)");
  private static final By FILTER = By.id("status-filter");

  @Autowired ProcessEngine engine;
  @Autowired ApprovalRegister register;
  @Autowired Roster roster;

  @Test
  void afterOneTasklistSignInTheHeaderOpensTheApprovalsPage_withNamesStatusesAndAFilter_IIIR() throws Exception {
    String officer = withPassword(Officers.enlist(engine, roster, "Beatrix", "Lindqvist", "supervisor"));
    ActiveApprovals approvals = new ActiveApprovals(engine);
    String active = approvals.active(officer);
    String removed = approvals.active(officer);
    register.beginRemoval(removed);
    register.markRemoved(removed);
    String removedInPart = approvals.active(officer);
    register.beginRemoval(removedInPart);
    register.markRemovedInPart(removedInPart);
    String othersActive = approvals.active("employee2");

    step("signed in to Tasklist once, the officer opens Approvals from the header", () -> {
      login(officer);
      tasklist.followHeaderLink("Approvals", TABLE);
      awaitNumbers(List.of(removedInPart, removed, active)); // newest first
      assertThat(tasklist.shownTexts(REQUESTERS)).as("named, not by user id").containsOnly("Officer Beatrix Lindqvist");
      assertThat(tasklist.shownTexts(STATUSES)).containsExactly(
          "Removed in part: the rest is outside the requester's control", "Removed", "Active");
    });

    step("the status filter narrows the list", () -> {
      tasklist.choose(FILTER, "Removed");
      awaitNumbers(List.of(removed));
      tasklist.choose(FILTER, "Removed in part");
      awaitNumbers(List.of(removedInPart));
      tasklist.choose(FILTER, "Active");
      awaitNumbers(List.of(active));
      tasklist.choose(FILTER, "All statuses");
      awaitNumbers(List.of(removedInPart, removed, active));
    });

    step("back to Tasklist, still signed in", () -> {
      tasklist.press(By.id("back-to-tasklist"));
      assertThat(tasklist.textOf(By.cssSelector("li.account > a.dropdown-toggle"))).contains("Beatrix Lindqvist");
      tasklist.logout();
    });

    step("the Chief sees the officer's removed approval by the officer's name", () -> {
      login("chief");
      tasklist.followHeaderLink("Approvals", TABLE);
      tasklist.choose(FILTER, "Removed");
      tasklist.waitFor(Tasklist.UI_TIMEOUT, "the removed approval", () -> tasklist.shownTexts(NUMBERS).contains(removed));
      assertThat(tasklist.shownTexts(NUMBERS)).doesNotContain(active, removedInPart, othersActive);
      assertThat(tasklist.textOf(TABLE)).contains("Officer Beatrix Lindqvist");
      tasklist.press(By.id("back-to-tasklist"));
      tasklist.logout();
    });

    step("an auditor, who works in Cockpit, opens it from Cockpit's header", () -> {
      tasklist.loginToCockpit("auditor", PASSWORD, "Helen Park");
      tasklist.followHeaderLink("Approvals", TABLE);
      tasklist.waitFor(Tasklist.UI_TIMEOUT, "every approval", () -> tasklist.shownTexts(NUMBERS)
          .containsAll(List.of(active, removed, removedInPart, othersActive)));
    });
  }

  private void awaitNumbers(List<String> expected) {
    tasklist.waitFor(Tasklist.UI_TIMEOUT, "the approvals " + expected, () -> tasklist.shownTexts(NUMBERS).equals(expected));
  }

  /** The officer signs in to Tasklist with the demo password, as the demo users do. */
  private String withPassword(String userId) {
    var user = identityService.createUserQuery().userId(userId).singleResult();
    user.setPassword(EngineRest.DEMO_PASSWORD);
    identityService.saveUser(user);
    return userId;
  }
}
