package org.policy321.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.policy321.platform.rest.EngineRest;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.Tasklist;
import org.policy321.training.SocialMediaTraining;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The roster page HR keeps (issue 15, §VI.A) in real Chromium, inside the Tasklist session: "Roster" in Tasklist's
 * header for HR only; HR adds a new hire (whose training starts), is told in a sentence when the account does not
 * exist, changes the unit, records the leaving date; every change is listed with who made it, by name; an auditor
 * reads the roster and is offered no change.
 */
class RosterBrowserIT extends BrowserStory {

  private static final By MEMBERS = By.id("members");
  private static final By MESSAGE = By.id("message");
  private static final By ROSTER_LINK_CHECKED = By.cssSelector("#roster-link[data-access-checked]");
  private static final By ROSTER_LINK = By.id("roster-link");
  private static final By FIRST_CHANGE = By.cssSelector("#changes tbody tr:first-child");

  @Autowired ProcessEngine engine;
  @Autowired Roster roster;

  @Test
  void hrKeepsTheRosterOnItsPage_afterOneTasklistSignIn_VIA() throws Exception {
    String hire = newAccount();

    step("an employee's Tasklist offers no roster", () -> {
      login("employee");
      tasklist.waitFor(Tasklist.UI_TIMEOUT, "the roster link's check", () -> tasklist.isPresent(ROSTER_LINK_CHECKED));
      assertThat(tasklist.isShown(ROSTER_LINK)).isFalse();
      tasklist.logout();
    });

    step("HR opens the roster from Tasklist's header", () -> {
      login("hr");
      tasklist.followHeaderLink("Roster", MEMBERS);
      tasklist.waitFor(Tasklist.UI_TIMEOUT, "the members", () -> tasklist.textOf(MEMBERS).contains("Daniel Okafor"));
      assertThat(tasklist.isShown(By.id("add-form"))).isTrue();
    });

    step("an account that does not exist is refused with a sentence; nothing is added", () -> {
      fillIn("nobody-" + hire);
      tasklist.press(By.cssSelector("#add-form button[type='submit']"));
      tasklist.awaitText(MESSAGE, "There is no account \"nobody-" + hire + "\"; an administrator creates it in Camunda "
          + "Admin first.");
      assertThat(tasklist.textOf(MEMBERS)).doesNotContain("nobody-" + hire);
    });

    step("HR adds the new hire, whose training starts (§VI.A)", () -> {
      fillIn(hire);
      tasklist.press(By.cssSelector("#add-form button[type='submit']"));
      tasklist.awaitText(MESSAGE, "Officer Morgan Achebe was added to the roster; their social media training has "
          + "started (§VI.A).");
      assertThat(tasklist.textOf(row(hire))).contains("Officer Morgan Achebe", "Patrol Division",
          roster.nameOf("supervisor"), LocalDate.now().toString());
      assertThat(engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(SocialMediaTraining.PROCESS_KEY)
          .variableValueEquals(SocialMediaTraining.Vars.EMPLOYEE_ID, hire).count()).isOne();
    });

    step("HR changes the unit; the change is listed first, with HR named", () -> {
      tasklist.press(new ByChained(row(hire), By.tagName("button")));
      tasklist.type(By.id("change-unit"), "Community Affairs");
      tasklist.press(By.cssSelector("#change-form button[type='submit']"));
      tasklist.awaitText(MESSAGE, "The entry of Officer Morgan Achebe was changed.");
      assertThat(tasklist.textOf(FIRST_CHANGE)).contains("Officer Morgan Achebe", "unit", "Patrol Division",
          "Community Affairs", "HR Manager Linda Carver");
      assertThat(roster.member(hire).unit()).isEqualTo("Community Affairs");
    });

    step("HR records today as the leaving date: handed over at once", () -> {
      tasklist.press(new ByChained(row(hire), By.tagName("button")));
      tasklist.enterDate(By.id("leaving-date"), LocalDate.now());
      tasklist.press(By.cssSelector("#leaving-form button[type='submit']"));
      tasklist.awaitText(MESSAGE, "Officer Morgan Achebe left on " + LocalDate.now()
          + "; their tasks and people were handed over.");
      assertThat(tasklist.textOf(row(hire))).contains("left " + LocalDate.now());
      assertThat(tasklist.shownTexts(new ByChained(row(hire),
          By.tagName("button")))).as("a member who left is no longer changed").isEmpty();
      assertThat(roster.belongsTo(hire, Groups.EMPLOYEE)).isFalse();
      tasklist.press(By.id("back-to-tasklist"));
      tasklist.logout();
    });

    step("an auditor reads the roster and is offered no change", () -> {
      tasklist.loginToCockpit("auditor", PASSWORD, "Helen Park");
      tasklist.openPage("/roster/index.html", MEMBERS);
      tasklist.waitFor(Tasklist.UI_TIMEOUT, "the members", () -> tasklist.textOf(MEMBERS).contains("Morgan Achebe"));
      assertThat(tasklist.isShown(By.id("add-form"))).isFalse();
      assertThat(tasklist.shownTexts(By.cssSelector("#members button"))).isEmpty();
      assertThat(tasklist.textOf(By.id("changes"))).contains("HR Manager Linda Carver");
    });
  }

  private void fillIn(String userId) {
    tasklist.type(By.id("add-user"), userId);
    tasklist.type(By.id("add-first"), "Morgan");
    tasklist.type(By.id("add-last"), "Achebe");
    tasklist.type(By.id("add-rank"), "Officer");
    tasklist.type(By.id("add-unit"), "Patrol Division");
    tasklist.choose(By.id("add-supervisor"), roster.nameOf("supervisor"));
    tasklist.enterDate(By.id("add-hired"), LocalDate.now());
  }

  private static By row(String userId) {
    return By.cssSelector("#members tbody tr[data-user='" + userId + "']");
  }

  /** An account an administrator created in Camunda Admin, not yet on the roster. */
  private String newAccount() {
    String id = "hire" + Long.toString(System.nanoTime(), 36);
    var user = identityService.newUser(id);
    user.setFirstName("Morgan");
    user.setLastName("Achebe");
    user.setPassword(EngineRest.DEMO_PASSWORD);
    identityService.saveUser(user);
    return id;
  }
}
