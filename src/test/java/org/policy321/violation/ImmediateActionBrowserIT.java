package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import java.util.UUID;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policy321.testing.BrowserStory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A report that endangers safety reaches the Chief at receipt (§V.A, §V.B), end to end in real Chromium
 * and Camunda Tasklist: an employee reports a colleague's post with the Tasklist start form; before anyone
 * triages it, the Chief opens the immediate-action task — due within hours, the post shown as text even
 * when it holds markup — and records what was done; then Internal Affairs accepts the report.
 */
class ImmediateActionBrowserIT extends BrowserStory {

  @Autowired ViolationCases cases;

  @Test
  void endangeringReportReachesTheChiefBeforeAnyoneTriagesIt_VB() throws Exception {
    String placeAndTime = "Public profile, last night (" + UUID.randomUUID() + ")";
    String posted = "Named the victim <b>Jane</b> of the open case <script>alert(1)</script>";

    step("employee2 reports employee's post in Tasklist", () -> {
      login("employee2");
      ReportInTasklist.fill(tasklist, "employee", placeAndTime, posted);
      tasklist.type(By.id("evidenceUrl"), "https://social.example/post/7");
      tasklist.choose(By.id("endangers"), "Yes: the Chief acts at once (§V.B)");
      tasklist.submitStartForm();
      tasklist.logout();
    });
    String processInstanceId = step("the case is registered, naming nobody but the employee concerned", () -> {
      String id = ReportInTasklist.awaitCase(tasklist, historyService, placeAndTime);
      ViolationReport report = cases.get(((Number) variable(id, Vars.REPORT_ID).getValue()).longValue());
      assertThat(report.reporterId()).isEqualTo("employee2");
      assertThat(report.subjectId()).isEqualTo("employee");
      assertThat(report.endangers()).isTrue();
      return id;
    });

    step("the Chief records the immediate action before anyone has triaged the report", () -> {
      String taskId = awaitTask(processInstanceId, Elements.TAKE_IMMEDIATE_ACTION);
      String triageId = awaitTask(processInstanceId, Elements.TRIAGE_REPORT);
      assertThat(taskService.createTaskQuery().taskId(triageId).singleResult().getAssignee()).as("untouched").isNull();
      assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getDueDate()).isNotNull();
      login("chief");
      tasklist.openTask(taskId, "Take immediate action", By.id("actionTaken"));
      assertThat(tasklist.dueDateShown()).as("policy.violation.immediate-action-deadline PT4H").isEqualTo("in 4 hours");
      tasklist.claim(By.id("actionTaken"));
      // Angular prints the post as text: the markup is visible, not interpreted.
      tasklist.awaitText(By.cssSelector(".what-was-posted"), posted);
      tasklist.awaitText(By.cssSelector(".clauses"), "§IV.G");
      tasklist.choose(By.id("immediateAction"), "Preserved for investigation");
      tasklist.type(By.id("actionTaken"), "Post and profile archived; the victim's family was informed.");
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
      ViolationReport report = cases.get(((Number) variable(processInstanceId, Vars.REPORT_ID).getValue()).longValue());
      assertThat(report.immediateAction()).isEqualTo(ImmediateAction.PRESERVED);
      assertThat(report.immediateActionBy()).isEqualTo("chief");
      assertThat(taskService.createTaskQuery().taskId(triageId).count()).as("triage still waits").isOne();
    });

    step("Internal Affairs accepts the report and investigates", () -> {
      String taskId = awaitTask(processInstanceId, Elements.TRIAGE_REPORT);
      login("ia");
      tasklist.openTask(taskId, "Triage report", By.id("triage"));
      tasklist.claim(By.id("triage"));
      tasklist.awaitText(By.cssSelector(".what-was-posted"), posted);
      tasklist.choose(By.id("triage"), "Accept: investigate");
      tasklist.choose(By.id("policyScope"), "A personal account whose owner identifies as a department employee");
      tasklist.complete(() -> isCompleted(taskId));
      tasklist.logout();
      awaitTask(processInstanceId, Elements.INVESTIGATE);
    });
  }

  private HistoricVariableInstance variable(String processInstanceId, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult();
  }
}
