package org.policy321.violation;

import org.policy321.violation.accesslog.CaseAccessLog;
import org.policy321.violation.accesslog.CaseAccessAction;
import org.policy321.violation.accesslog.CaseAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policy321.violation.EvidenceLockerTest.sha256;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.policy321.testing.BrowserStory;
import org.policy321.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The evidence of a case end to end in real Chromium and Tasklist (issue 12, §V.A, §V.B): an employee reports with a
 * screenshot on the Tasklist start form; the investigator's form lists it with its SHA-256 and downloads it, and
 * adds a written statement through /api with the Tasklist session (its CSRF token), which the form then lists.
 */
class EvidenceBrowserIT extends BrowserStory {

  @Autowired ViolationReportRepository reports;
  @Autowired EvidenceLocker locker;
  @Autowired CaseAccessLog accessLog;
  @TempDir Path folder;

  @Test
  void theInvestigatorSeesTheReportsScreenshotWithItsSha256_andAddsAStatement() throws Exception {
    byte[] png = SampleFiles.png();
    Path screenshot = Files.write(folder.resolve("screenshot.png"), png);
    String placeAndTime = "Public profile, last night (" + UUID.randomUUID() + ")";
    String statement = "Officer Lee (witness) saw the post at 22:10 and reported it to the desk sergeant.";

    step("employee2 reports employee's post with a screenshot in Tasklist", () -> {
      login("employee2");
      ReportInTasklist.fill(tasklist, "employee", placeAndTime, "Named the victim of the open case");
      tasklist.upload(By.id("evidence"), screenshot);
      tasklist.choose(By.id("endangers"), "No, or I do not know");
      tasklist.submitStartForm();
      tasklist.logout();
    });
    ViolationReport report = step("the screenshot is kept at receipt with its SHA-256", () -> {
      ViolationReport received = reports.findByProcessInstanceId(
          ReportInTasklist.awaitCase(tasklist, historyService, placeAndTime)).orElseThrow();
      assertThat(locker.caseFile(received).evidence()).singleElement()
          .satisfies(item -> assertThat(item.sha256()).isEqualTo(sha256(png)));
      return received;
    });
    step("Internal Affairs accepts the report", () -> {
      String taskId = awaitTask(report.processInstanceId(), Elements.TRIAGE_REPORT);
      List<String> groups = identityService.createGroupQuery().groupMember("ia").list().stream().map(Group::getId).toList();
      identityService.setAuthentication("ia", groups);
      try {
        taskService.claim(taskId, "ia");
        taskService.complete(taskId, Map.of(Vars.TRIAGE, "accept", Vars.POLICY_SCOPE, PolicyScope.IDENTIFIES_AS_EMPLOYEE.value));
      } finally {
        identityService.clearAuthentication();
      }
    });

    step("the investigator's form lists the screenshot with its SHA-256, and it downloads as sent", () -> {
      String taskId = awaitTask(report.processInstanceId(), Elements.INVESTIGATE);
      login("ia");
      tasklist.openTask(taskId, "Investigate", By.id("investigationStep"));
      tasklist.claim(By.id("investigationStep"));
      tasklist.awaitText(By.cssSelector(".evidence-sha256"), sha256(png));
      Path downloaded = tasklist.download(By.cssSelector(".evidence-item a"), Duration.ofSeconds(30));
      assertThat(sha256(Files.readAllBytes(downloaded))).isEqualTo(sha256(png));
    });

    step("the investigator adds a written statement, which the form then lists", () -> {
      tasklist.type(By.id("newEvidenceTitle"), "Statement of Officer Lee");
      tasklist.type(By.id("newEvidenceStatement"), statement);
      tasklist.press(By.id("addEvidence"));
      tasklist.awaitText(By.cssSelector(".evidence-added"), "Added to the case: the statement.");
      tasklist.awaitText(By.cssSelector(".evidence-statement"), statement);
      assertThat(locker.caseFile(report).evidence()).extracting(CaseEvidence::kind, CaseEvidence::addedBy)
          .containsExactly(tuple(CaseEvidence.Kind.EVIDENCE, null),
              tuple(CaseEvidence.Kind.STATEMENT, "ia"));
      assertThat(accessLog.of(report.caseNumber())).extracting(CaseAccess::userId, CaseAccess::action)
          .contains(tuple("ia", CaseAccessAction.EVIDENCE_DOWNLOADED),
              tuple("ia", CaseAccessAction.EVIDENCE_ADDED));
      tasklist.logout();
    });
  }
}
