package org.policy321.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.testing.BrowserStory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Training on hire (§VI.A) end to end in real Chromium and Camunda Tasklist: HR assigns the training with the start
 * form; the employee reads the material, answers the check (one answer wrong: back to the material; then all right;
 * the questions loaded from the configuration), types the revision's date and ticks the attestation; HR confirms.
 * Needs Debian's {@code chromium} and {@code chromium-driver}. A failing step leaves a screenshot in
 * {@code target/browser-it/}.
 */
class TrainingBrowserIT extends BrowserStory {

  private static final String PROCESS_NAME = "Social media training";
  private static final String EMPLOYEE = "employee2";

  @Autowired TrainingService trainings;

  private TrainingRecord training() {
    return trainings.of(EMPLOYEE).stream().filter(r -> r.kind() == TrainingKind.NEW_HIRE).reduce((a, b) -> b)
        .orElseThrow();
  }

  private void answer(String depictions) {
    tasklist.press(By.cssSelector("input[name='depictions'][value='" + depictions + "']"));
    tasklist.press(By.cssSelector("input[name='confidential'][value='c']"));
    tasklist.press(By.cssSelector("input[name='report'][value='a']"));
  }

  @Test
  void hrAssignsTheTrainingAndTheEmployeeCompletesItInTasklist_VIA() throws Exception {
    step("HR assigns the training with the start form", () -> {
      login("hr");
      tasklist.openStartForm(PROCESS_NAME, By.id("employeeId"));
      tasklist.type(By.id("employeeId"), EMPLOYEE);
      tasklist.submitStartForm();
      tasklist.logout();
    });
    String processInstanceId = training().processInstanceId();

    step("the employee reads the material", () -> {
      String taskId = awaitTask(processInstanceId, SocialMediaTraining.Elements.STUDY_MATERIAL);
      login(EMPLOYEE);
      tasklist.openTask(taskId, "Study the training material", By.id("materialRead"));
      tasklist.tick(By.id("materialRead"));
      tasklist.complete(() -> isCompleted(taskId));
    });

    step("one answer wrong: back to the material", () -> {
      String taskId = awaitTask(processInstanceId, SocialMediaTraining.Elements.CHECK_UNDERSTANDING);
      tasklist.openTask(taskId, "Answer the check of understanding", By.cssSelector("input[name='report']"));
      answer("a");
      tasklist.complete(() -> isCompleted(taskId));
      String again = awaitTask(processInstanceId, SocialMediaTraining.Elements.STUDY_MATERIAL);
      tasklist.openTask(again, "Study the training material", By.id("materialRead"));
      tasklist.awaitText(By.cssSelector(".check-result"), "Your last check: 2 of 3 answers are right; question 1 "
          + "not. Read the material again, then answer the check once more (Policy 3.21 §VI.A).");
      tasklist.tick(By.id("materialRead"));
      tasklist.complete(() -> isCompleted(again));
    });

    step("all answers right", () -> {
      String taskId = awaitTask(processInstanceId, SocialMediaTraining.Elements.CHECK_UNDERSTANDING);
      tasklist.openTask(taskId, "Answer the check of understanding", By.cssSelector("input[name='report']"));
      answer("b");
      tasklist.complete(() -> isCompleted(taskId));
    });

    step("the employee acknowledges the revision by typing its date", () -> {
      String taskId = awaitTask(processInstanceId, SocialMediaTraining.Elements.ACKNOWLEDGE_REVISION);
      tasklist.openTask(taskId, "Acknowledge the policy revision", By.id("acknowledgedRevision"));
      tasklist.type(By.id("acknowledgedRevision"), "2026-02-02");
      tasklist.tick(By.id("attested"));
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
    });

    step("HR confirms the training complete", () -> {
      String taskId = awaitTask(processInstanceId, SocialMediaTraining.Elements.CONFIRM_TRAINING);
      login("hr");
      tasklist.openTask(taskId, "Confirm training complete", By.id("trainingConfirmed"));
      tasklist.claim(By.id("trainingConfirmed"));
      tasklist.tick(By.id("trainingConfirmed"));
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
    });

    TrainingRecord done = training();
    assertThat(done.completedAt()).isNotNull();
    assertThat(done.failedChecks()).isEqualTo(1);
    assertThat(done.confirmedBy()).isEqualTo("hr");
    assertThat(done.attestation()).contains("Officer Priya Shah", "Policy 3.21 as revised 2026-02-02");
  }
}
