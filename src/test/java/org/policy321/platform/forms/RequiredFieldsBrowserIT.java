package org.policy321.platform.forms;

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
 * Issue 17, in real Chromium: required fields are marked, and while Tasklist greys out Start or Complete the
 * sentence beside the button names what is still missing (policy-forms.js, shared by every form). A failing step
 * leaves a screenshot in {@code target/browser-it/}.
 */
class RequiredFieldsBrowserIT extends BrowserStory {

  private static final By START = By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']");
  private static final By START_HINT = By.cssSelector(".modal-footer .still-needed");
  private static final By COMPLETE = By.cssSelector(".form-actions button[ng-click='complete()']");
  private static final By COMPLETE_HINT = By.cssSelector(".form-actions .still-needed");

  @Autowired RuntimeService runtimeService;

  @Test
  void theMemosStartForm_saysWhatIsStillNeededBesideTheGreyedStartButton() throws Exception {
    step("the memo's empty required fields are marked and named beside Start (§III.E)", () -> {
      login("employee");
      tasklist.openStartForm("Depiction approval (memo to the Chief)", By.id("proposedUsage"));
      assertThat(tasklist.contentAfter(By.cssSelector("label[for='proposedUsage']"))).isEqualTo("\" *\"");
      assertThat(tasklist.contentAfter(By.cssSelector("label[for='url']"))).isEqualTo("none");
      assertThat(tasklist.isEnabled(START)).isFalse();
      tasklist.awaitText(START_HINT,
          "Still needed: Description of the proposed usage, Purpose of the web site or posting, Platform or site.");
    });

    step("each field filled in leaves the list; the last one clears it and Start can be pressed", () -> {
      tasklist.type(By.id("proposedUsage"), "My badge on a charity poster (" + UUID.randomUUID() + ")");
      tasklist.awaitText(START_HINT, "Still needed: Purpose of the web site or posting, Platform or site.");
      tasklist.type(By.id("purpose"), "A charity run's poster.");
      tasklist.type(By.id("platform"), "Facebook");
      tasklist.awaitTextContent(START_HINT, "");
      assertThat(tasklist.isEnabled(START)).isTrue();
    });

    step("a field emptied again is needed again", () -> {
      tasklist.type(By.id("platform"), "");
      tasklist.awaitText(START_HINT, "Still needed: Platform or site.");
      assertThat(tasklist.isEnabled(START)).isFalse();
    });
  }

  @Test
  void theDecisionOnAMemo_saysTheNotationIsStillNeeded() throws Exception {
    String processInstanceId = step("an employee's memo reaches the designee", () -> asUser("employee",
        List.of("employee"), () -> runtimeService.startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, Map.of(
            Vars.PROPOSED_USAGE, "My badge on a charity poster (" + UUID.randomUUID() + ")",
            Vars.PURPOSE, "A charity run's poster.", Vars.DEPICTIONS, "badge", Vars.PLATFORM, "Facebook",
            Vars.POSTING_OPEN_ENDED, true)).getId()));
    String taskId = awaitTask(processInstanceId, Elements.DECIDE_ON_MEMO);

    step("before claiming, the form is not the designee's to fill in: no list beside Complete", () -> {
      login("designee");
      tasklist.openTask(taskId, "Decide on memo", By.id("notation"));
      assertThat(tasklist.isEnabled(COMPLETE)).isFalse();
      tasklist.awaitTextContent(COMPLETE_HINT, "");
    });

    step("claimed, the empty decision and notation are marked and named beside the greyed Complete (§III.R)", () -> {
      tasklist.claim(By.id("decision"));
      assertThat(tasklist.contentAfter(By.cssSelector("label[for='decision']"))).isEqualTo("\" *\"");
      assertThat(tasklist.contentAfter(By.cssSelector("label[for='notation']"))).isEqualTo("\" *\"");
      // Required only when disapproving: the server refuses that case with its sentence (WebappsBrowserIT).
      assertThat(tasklist.contentAfter(By.cssSelector("label[for='disapprovalReason']"))).isEqualTo("none");
      assertThat(tasklist.isEnabled(COMPLETE)).isFalse();
      tasklist.awaitText(COMPLETE_HINT, "Still needed: Decision, Notation on the request.");
    });

    step("a decision without notation: the sentence says the notation is missing", () -> {
      tasklist.choose(By.id("decision"), "Approve");
      tasklist.awaitText(COMPLETE_HINT, "Still needed: Notation on the request.");
      assertThat(tasklist.isEnabled(COMPLETE)).isFalse();
    });

    step("with the notation, nothing is missing and Complete can be pressed; nothing was completed meanwhile", () -> {
      tasklist.type(By.id("notation"), "Approved for the charity run.");
      tasklist.awaitTextContent(COMPLETE_HINT, "");
      assertThat(tasklist.isEnabled(COMPLETE)).isTrue();
      assertThat(isCompleted(taskId)).isFalse();
    });
  }
}
