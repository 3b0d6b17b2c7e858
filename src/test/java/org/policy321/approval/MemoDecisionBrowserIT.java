package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.approval.DepictionApproval.PROCESS_KEY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.PdfText;
import org.policy321.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decision as both sides read it in Tasklist (issue 17): the Chief reads and downloads a memo before taking it
 * (§III.E, §III.R), and the requester reads the Chief's notation, conditions included, and who decided, by name, on
 * the acknowledgement form — not only in the PDF. A failing step leaves a screenshot in {@code target/browser-it/}.
 */
class MemoDecisionBrowserIT extends BrowserStory {

  private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");

  @Autowired RuntimeService runtimeService;

  @Test
  void theChiefDownloadsTheMemorandumAndLayoutBeforeClaiming_butCompletesOnlyAfterClaiming_IIIR() throws Exception {
    byte[] layout = SampleFiles.png();
    String proposedUsage = "My badge on a charity poster (" + UUID.randomUUID() + ")";
    String processInstanceId = step("an employee sends a memo with a layout", () -> startMemo(proposedUsage,
        Map.of(Vars.LAYOUT, SampleFiles.file("poster.png", "image/png", layout))));
    String taskId = awaitTask(processInstanceId, Elements.DECIDE_ON_MEMO);

    step("the Chief opens the unclaimed task and downloads the memorandum and the layout", () -> {
      login("chief");
      tasklist.openTask(taskId, "Decide on memo", By.id("notation"));
      // Tasklist's "claim first" layer covered these links until issue 17: a click on them did nothing.
      Path memorandum = tasklist.download(By.cssSelector("a[cam-file-download='memorandum']"), Duration.ofSeconds(30));
      assertThat(PdfText.of(Files.readAllBytes(memorandum)).replaceAll("\\s+", " ")).contains(proposedUsage);
      Path original = tasklist.download(By.cssSelector("a.layout-download"), Duration.ofSeconds(30));
      assertThat(Files.readAllBytes(original)).isEqualTo(layout);
    });

    step("reading claimed nothing, and Complete waits for the claim", () -> {
      assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
      assertThat(tasklist.isEnabled(COMPLETE)).isFalse();
      tasklist.claim(By.id("decision"));
      tasklist.choose(By.id("decision"), "Approve");
      tasklist.type(By.id("notation"), "Approved for the poster.");
      tasklist.complete(() -> isCompleted(taskId));
      assertThat(runtimeService.getVariable(processInstanceId, Vars.DECIDED_BY)).isEqualTo("chief");
    });
  }

  @Test
  void theRequesterReadsTheChiefsNotationAndConditionsAndWhoDecided_onTheAcknowledgementForm_IIIR() throws Exception {
    String notation = "Approved on condition that faces of members of the public are blurred and the post links to "
        + "the department's recruiting page.";
    String processInstanceId = step("the Chief approves an employee's memo with conditions in the notation", () -> {
      String id = startMemo("A recruiting video in uniform (" + UUID.randomUUID() + ")", Map.of());
      String decide = awaitTask(id, Elements.DECIDE_ON_MEMO);
      asUser("chief", List.of("employee", "chief"), () -> {
        taskService.claim(decide, "chief");
        taskService.complete(decide, Map.of(Vars.DECISION, Decisions.APPROVE, Vars.NOTATION, notation));
        return null;
      });
      return id;
    });
    String taskId = awaitTask(processInstanceId, Elements.ACKNOWLEDGE_APPROVAL_COPY);

    step("the requester's acknowledgement form shows the notation and the Chief by rank and name", () -> {
      login("employee");
      tasklist.openTask(taskId, "Acknowledge approval copy", By.id("acknowledged"));
      tasklist.awaitText(By.cssSelector(".decision-notation"), notation);
      tasklist.awaitText(By.cssSelector(".decided-by"), "Chief of Police Margaret Holloway");
    });
  }

  private String startMemo(String proposedUsage, Map<String, Object> extra) throws Exception {
    Map<String, Object> memo = new HashMap<>(Map.of(Vars.PROPOSED_USAGE, proposedUsage,
        Vars.PURPOSE, "A charity run's poster.", Vars.DEPICTIONS, "badge", Vars.PLATFORM, "Facebook",
        Vars.POSTING_OPEN_ENDED, true));
    memo.putAll(extra);
    return asUser("employee", List.of("employee"),
        () -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, memo).getId());
  }
}
