package org.policy321.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.platform.identity.Roster;
import org.policy321.removal.RemovalOnDirection;
import org.policy321.testing.ActiveApprovals;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.Officers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refusals as a person reads them in Tasklist, in real Chromium (issue 17): the server's own sentence, exactly, for
 * a disguised upload, a removal confirmed without the address, and someone else's task; and nothing changed. Each
 * goes through a field the browser does not check itself (no {@code required}), so the server's sentence is what the
 * person reads. A failing step leaves a screenshot in {@code target/browser-it/}.
 */
class RefusalsBrowserIT extends BrowserStory {

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired Roster roster;

  @TempDir Path tempDir;

  @Test
  void aLayoutThatIsAnExecutableNamedPdfIsRefusedWithTheSentence_andNothingStarts_IIIE() throws Exception {
    String proposedUsage = "My badge on a charity poster (" + UUID.randomUUID() + ")";
    // A Windows program's first bytes ("MZ" header) under a PDF's name: the browser sends it as application/pdf.
    Path disguised = Files.write(tempDir.resolve("poster.pdf"),
        ("MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.").getBytes(StandardCharsets.ISO_8859_1));

    step("the start form refuses the layout with the sentence", () -> {
      login("employee");
      tasklist.openStartForm("Depiction approval (memo to the Chief)", By.id("proposedUsage"));
      tasklist.type(By.id("proposedUsage"), proposedUsage);
      tasklist.type(By.id("purpose"), "A charity run's poster.");
      tasklist.upload(By.id("layout"), disguised);
      tasklist.tick(By.name("depicted-badge"));
      tasklist.type(By.id("platform"), "Facebook");
      tasklist.tick(By.id("postingOpenEnded"));

      assertThat(tasklist.submitStartFormRefused()).isEqualTo("The layout (§III.E item 3) \"poster.pdf\" is not a PDF, "
          + "PNG or JPEG file (checked by its content, not its name).");
      assertThat(historyService.createHistoricVariableInstanceQuery().variableName(Vars.PROPOSED_USAGE).list().stream()
          .filter(v -> proposedUsage.equals(v.getValue())).count()).as("no case started").isZero();
    });
  }

  @Test
  void aRemovalConfirmedWithoutTheAddressIsRefusedWithTheSentence_andTheTaskStaysOpen_IIIR() throws Exception {
    String officer = officerWhoSignsIn("Nadia", "Okonkwo");
    String processInstanceId = step("a designee directs the removal of a fresh officer's approved posting", () -> {
      String approvalNumber = new ActiveApprovals(engine).active(officer);
      return asUser("designee", List.of("employee", "designee"), () -> runtimeService.startProcessInstanceByKey(
          RemovalOnDirection.PROCESS_KEY, Map.of(RemovalOnDirection.Vars.APPROVAL_NUMBER, approvalNumber,
              RemovalOnDirection.Vars.REASON, "The photo shows the inside of the station."))).getId();
    });

    step("the officer says it is removed, with a statement but no address, and reads the sentence", () -> {
      String taskId = awaitTask(processInstanceId, RemovalOnDirection.Elements.REMOVE_POSTING);
      login(officer);
      tasklist.openTask(taskId, "Remove posting", By.id("removalOutcome"));
      tasklist.choose(By.id("removalOutcome"), "I removed it");
      tasklist.type(By.id("removalStatement"), "Deleted the photo.");

      assertThat(tasklist.completeRefused())
          .isEqualTo("The address (URL) where the posting was is required, so the removal can be checked.");
      assertThat(isCompleted(taskId)).isFalse();
      assertThat(runtimeService.getVariable(processInstanceId, RemovalOnDirection.Vars.OUTCOME)).isNull();
    });
  }

  @Test
  void aDesigneeTakingADecisionTheChiefHoldsReadsThatTheTaskIsNotTheirs_IIIR() throws Exception {
    String processInstanceId = step("the Chief has claimed the decision on an employee's memo", () -> {
      String id = asUser("employee", List.of("employee"), () -> runtimeService.startProcessInstanceByKey(
          DepictionApproval.PROCESS_KEY, Map.of(Vars.PROPOSED_USAGE, "My badge on a poster (" + UUID.randomUUID() + ")",
              Vars.PURPOSE, "A charity run's poster.", Vars.DEPICTIONS, "badge", Vars.PLATFORM, "Facebook",
              Vars.POSTING_OPEN_ENDED, true)).getId());
      String decide = awaitTask(id, Elements.DECIDE_ON_MEMO);
      asUser("chief", List.of("employee", "chief"), () -> {
        taskService.claim(decide, "chief");
        return null;
      });
      return id;
    });

    step("the designee tries to take it off the Chief and reads that it is not theirs", () -> {
      String taskId = awaitTask(processInstanceId, Elements.DECIDE_ON_MEMO);
      login("designee");
      tasklist.openTask(taskId, "Decide on memo", By.id("notation"));
      tasklist.press(By.cssSelector("a.reset-assignee"));

      assertThat(tasklist.refusalShown()).isEqualTo("This task is not yours to work on: it is assigned to someone "
          + "else, or offered to a group you are not in. Nothing was changed.");
      assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("chief");
    });
  }

  /** A new officer on the roster who signs in with the demo password: their cases are theirs alone. */
  private String officerWhoSignsIn(String firstName, String lastName) {
    String id = Officers.enlist(engine, roster, firstName, lastName, "supervisor");
    User user = identityService.createUserQuery().userId(id).singleResult();
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    return id;
  }
}
