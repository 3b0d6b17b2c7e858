package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.removal.RemovalOnDirection.Elements;
import static org.policy321.removal.RemovalOnDirection.PROCESS_KEY;
import static org.policy321.removal.RemovalOnDirection.Vars;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.policy321.approval.ApprovalRegister;
import org.policy321.approval.ApprovalStatus;
import org.policy321.testing.ActiveApprovals;
import org.policy321.testing.PdfText;
import org.policy321.testing.SampleFiles;
import org.policy321.testing.Tasklist;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The directed removal of an approved depiction (§III.R) end to end in real Chromium and Camunda
 * Tasklist, with the job executor running as in production: the approval is made active through
 * the engine's API; in Tasklist the designee directs its removal, the employee confirms it with the
 * address, a statement and a screenshot, and the designee verifies it; the engine then revokes the
 * approval and issues the revocation notice. Needs Debian's {@code chromium} and
 * {@code chromium-driver}. A failing step leaves a screenshot in {@code target/browser-it/}.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class RemovalBrowserIT {

  private static final String PROCESS_NAME = "Removal of an approved depiction";
  private static final String PASSWORD = "demo";
  private static final String DESIGNEE_NAME = "Daniel Okafor";
  /** The revocation runs as a job: the case ends a little after the verification. */
  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);
  private static final Path SCREENSHOTS = Path.of("target", "browser-it");

  @LocalServerPort int port;
  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ApprovalRegister approvalRegister;

  @TempDir Path tempDir;

  private Tasklist tasklist;

  @BeforeEach
  void openBrowser() {
    tasklist = new Tasklist("http://localhost:" + port);
  }

  @AfterEach
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

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
      tasklist.waitFor(JOB_TIMEOUT, "the removal to end", () -> historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).finished().count() == 1);
      HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(processInstanceId).singleResult();
      assertThat(instance.getEndActivityId()).isEqualTo(Elements.POSTING_REMOVED);
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
  }

  // --- steps and waits -------------------------------------------------------------------------

  private int stepNo;

  private interface Step<T> {
    T run() throws Exception;
  }

  private interface VoidStep {
    void run() throws Exception;
  }

  private void step(String name, VoidStep step) throws Exception {
    step(name, () -> {
      step.run();
      return null;
    });
  }

  /** Runs one step of the story; if it fails, leaves a screenshot named after it and says which. */
  private <T> T step(String name, Step<T> step) throws Exception {
    stepNo++;
    long started = System.nanoTime();
    try {
      T result = step.run();
      System.out.printf("Step %d \"%s\": %.1f s%n", stepNo, name, (System.nanoTime() - started) / 1e9);
      return result;
    } catch (Exception | AssertionError e) {
      Path file = SCREENSHOTS.resolve(String.format("removal-%02d-%s.png", stepNo, name.replaceAll("\\W+", "-")));
      tasklist.screenshot(file);
      throw new AssertionError("Step \"" + name + "\" failed (screenshot: " + file + "): " + e.getMessage(), e);
    }
  }

  private void login(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    tasklist.login(userId, PASSWORD, user.getFirstName() + " " + user.getLastName());
  }

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

  /** The open task of the case at the element. */
  private String awaitTask(String processInstanceId, String taskDefinitionKey) {
    Task[] found = new Task[1];
    tasklist.waitFor(JOB_TIMEOUT, "task " + taskDefinitionKey, () -> {
      found[0] = taskService.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(taskDefinitionKey).singleResult();
      return found[0] != null;
    });
    return found[0].getId();
  }

  private boolean isCompleted(String taskId) {
    return historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 1;
  }
}
