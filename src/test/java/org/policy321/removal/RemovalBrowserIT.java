package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.removal.RemovalOnDirection.Elements;
import static org.policy321.removal.RemovalOnDirection.PROCESS_KEY;
import static org.policy321.removal.RemovalOnDirection.Vars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.policy321.approval.ApprovalRegister;
import org.policy321.approval.ApprovalStatus;
import org.policy321.testing.ActiveApprovals;
import org.policy321.testing.PdfText;
import org.policy321.testing.SampleFiles;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The directed removal of an approved depiction (§III.R) end to end in real Chromium and Camunda
 * Tasklist, with the job executor running as in production: the approval is made active through
 * the engine's API; in Tasklist the designee directs its removal, the employee confirms it with the
 * address, a statement and a screenshot, and the designee verifies it; the engine then revokes the
 * approval and issues the revocation notice, which the employee downloads in Tasklist and reads. Needs Debian's {@code chromium} and
 * {@code chromium-driver}. A failing step leaves a screenshot in {@code target/browser-it/}.
 */
class RemovalBrowserIT extends BrowserStory {

  private static final String PROCESS_NAME = "Removal of an approved depiction";
  private static final String DESIGNEE_NAME = "Daniel Okafor";

  @Autowired ProcessEngine processEngine;
  @Autowired ApprovalRegister approvalRegister;

  @TempDir Path tempDir;

  @Test
  void designeeDirectsRemovalEmployeeConfirmsItAndTheApprovalIsRevoked() throws Exception {
    // Unique, so the test finds its own case whatever else the engine holds.
    String reason = "The photo shows the inside of the station, which is not to be published (" + UUID.randomUUID() + ")";
    String postingUrl = "https://social.example/employee/photos/42";
    String statement = "Deleted the photo and the album it was in.";
    Path screenshot = Files.write(tempDir.resolve("after-removal.png"), SampleFiles.png());

    String approvalNumber = step("an active approval for employee, through the engine", () -> {
      String number = new ActiveApprovals(processEngine).active("employee");
      assertThat(approvalRegister.find(number)).hasValueSatisfying(
          approval -> assertThat(approval.status()).isEqualTo(ApprovalStatus.ACTIVE));
      return number;
    });

    step("designee directs the removal with the start form", () -> {
      login("designee");
      tasklist.openStartForm(PROCESS_NAME, By.id("approvalNumber"));
      tasklist.type(By.id("approvalNumber"), approvalNumber);
      tasklist.type(By.id("removalReason"), reason);
      // The deadline stays empty: the default (policy.removal.deadline) applies.
      tasklist.submitStartForm();
      tasklist.logout();
    });
    String processInstanceId = step("the engine holds the direction as entered", () -> {
      String id = awaitProcessInstance(reason);
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(id)
          .singleResult();
      assertThat(instance.getStartUserId()).isEqualTo("designee");
      assertThat(variable(id, Vars.APPROVAL_NUMBER)).isEqualTo(approvalNumber);
      assertThat(variable(id, Vars.KIND)).isEqualTo(RemovalKind.DIRECTED.name());
      assertThat(approvalRegister.find(approvalNumber)).hasValueSatisfying(
          approval -> assertThat(approval.status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING));
      return id;
    });

    step("employee removes the posting and confirms it", () -> {
      String taskId = awaitTask(processInstanceId, Elements.REMOVE_POSTING);
      assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("employee");
      login("employee");
      tasklist.openTask(taskId, "Remove posting", By.id("removalOutcome"));
      assertThat(tasklist.dueDateShown()).as("policy.removal.deadline P3D").isEqualTo("in 3 days");
      tasklist.awaitText(By.cssSelector(".approval-number"), approvalNumber);
      tasklist.awaitText(By.cssSelector(".removal-reason"), reason);
      tasklist.choose(By.id("removalOutcome"), "I removed it");
      tasklist.type(By.id("evidenceUrl"), postingUrl);
      tasklist.upload(By.id("evidence"), screenshot);
      tasklist.type(By.id("removalStatement"), statement);
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
    });

    step("designee claims the verification and finds the posting gone", () -> {
      String taskId = awaitTask(processInstanceId, Elements.VERIFY_REMOVAL);
      login("designee");
      tasklist.openTask(taskId, "Verify removal", By.id("removalVerified"));
      tasklist.claim(By.id("removalVerified"));
      tasklist.awaitText(By.cssSelector(".approval-number"), approvalNumber);
      tasklist.awaitText(By.cssSelector(".evidence-url"), postingUrl);
      tasklist.awaitText(By.cssSelector(".removal-statement"), statement);
      tasklist.awaitText(By.cssSelector(".evidence-file"), "after-removal.png");
      tasklist.choose(By.id("removalVerified"), "Removed: the posting is gone");
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
    });

    step("the engine revoked the approval and issued the revocation notice", () -> {
      String taskId = awaitTask(processInstanceId, Elements.READ_REVOCATION_NOTICE);
      assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("employee");
      assertThat(approvalRegister.find(approvalNumber)).hasValueSatisfying(
          approval -> assertThat(approval.status()).isEqualTo(ApprovalStatus.REMOVED));

      HistoricVariableInstance notice = historyService.createHistoricVariableInstanceQuery()
          .processInstanceId(processInstanceId).variableName(Vars.REVOCATION_NOTICE).singleResult();
      assertThat(notice).as("revocation notice").isNotNull();
      assertThat(notice.getTypedValue()).isInstanceOf(FileValue.class);
      FileValue file = (FileValue) notice.getTypedValue();
      assertThat(file.getMimeType()).isEqualTo("application/pdf");
      byte[] pdf = PdfText.bytes(file);
      assertThat(pdf).startsWith("%PDF-".getBytes());
      assertThat(PdfText.of(pdf)).contains(approvalNumber).contains(DESIGNEE_NAME).contains(postingUrl)
          .contains("after-removal.png");
    });

    step("employee downloads the revocation notice in Tasklist and has read it (§III.R)", () -> {
      String taskId = awaitTask(processInstanceId, Elements.READ_REVOCATION_NOTICE);
      login("employee");
      tasklist.openTask(taskId, "Read revocation notice", By.cssSelector(".approval-number"));
      tasklist.awaitText(By.cssSelector(".approval-number"), approvalNumber);
      Path downloaded = tasklist.download(By.cssSelector("a[cam-file-download='revocationNotice']"), Duration.ofSeconds(30));
      assertThat(Files.readAllBytes(downloaded)).startsWith("%PDF-".getBytes());
      assertThat(PdfText.of(Files.readAllBytes(downloaded))).contains(approvalNumber).contains("Revocation notice");
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();

      tasklist.waitFor(JOB_TIMEOUT, "the removal to end", () -> historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).finished().count() == 1);
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      assertThat(instance.getEndActivityId()).isEqualTo(Elements.POSTING_REMOVED);
    });
  }

  // --- steps and waits -------------------------------------------------------------------------

  private String awaitProcessInstance(String reason) {
    HistoricProcessInstance[] found = new HistoricProcessInstance[1];
    tasklist.waitFor(Tasklist.UI_TIMEOUT, "the started removal", () -> {
      found[0] = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
          .variableValueEquals(Vars.REASON, reason).singleResult();
      return found[0] != null;
    });
    return found[0].getId();
  }

  private Object variable(String processInstanceId, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

}
