package org.policy321.platform.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.identity.Roster;
import org.policy321.testing.Officers;
import org.policy321.testing.Staff;
import org.policy321.violation.ViolationReporting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 17: each role sees exactly its Tasklist filters ({@code /engine-rest/filter} as that user), and each filter
 * lists the tasks it promises; "Withdraw request" is in the requester's "My requests", not in "My to-do".
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class TaskFiltersRestTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired List<TaskFilterCatalog> catalogs;
  EngineRest rest;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void eachRoleSeesExactlyItsFilters() {
    assertThat(rest.taskFilterNames("employee")).containsExactly("My to-do", "My requests", "Overdue");
    assertThat(rest.taskFilterNames("chief")).containsExactly("My to-do", "Memos to decide", "Posts to approve", "My requests",
        "Overdue");
    assertThat(rest.taskFilterNames("designee")).containsExactly("My to-do", "Memos to decide", "Posts to approve",
        "My requests", "Overdue");
    assertThat(rest.taskFilterNames("pio")).containsExactly("My to-do", "Posts to publish", "My requests", "Overdue");
    assertThat(rest.taskFilterNames("ia")).containsExactly("My to-do", "Reports to triage", "My cases", "My requests", "Overdue");
    assertThat(rest.taskFilterNames("cityauditor")).as("the outside authority: not an employee")
        .containsExactly("My to-do", "Overdue");
  }

  @Test
  void savingTheFiltersAgainChangesNothing() {
    long filters = engine.getFilterService().createFilterQuery().count();
    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    new TaskFilterSetup(engine.getFilterService(), engine.getTaskService(), engine.getAuthorizationService(), catalogs)
        .afterSingletonsInstantiated();
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
  }

  @Test
  void eachFilterListsTheTasksItPromises_IIIR_VA() {
    String memo = new Staff(engine.getIdentityService()).as("employee2", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, Map.of(
            DepictionApproval.Vars.PROPOSED_USAGE, "My badge in a recruiting video (" + UUID.randomUUID() + ")",
            DepictionApproval.Vars.PURPOSE, "Recruiting", DepictionApproval.Vars.DEPICTIONS, "badge",
            DepictionApproval.Vars.PLATFORM, "Video site", DepictionApproval.Vars.POSTING_OPEN_ENDED, true))).getId();
    runJobs(memo);
    String decide = taskId(memo, DepictionApproval.Elements.DECIDE_ON_MEMO);
    String withdraw = taskId(memo, DepictionApproval.Elements.WITHDRAW_REQUEST);

    assertThat(rest.taskIdsInFilter("chief", "Memos to decide")).contains(decide).doesNotContain(withdraw);
    assertThat(rest.taskIdsInFilter("designee", "My to-do")).as("offered to the designees").contains(decide);
    assertThat(rest.taskIdsInFilter("employee2", "My requests")).as("an option kept in reach").contains(withdraw);
    assertThat(rest.taskIdsInFilter("employee2", "My to-do")).as("an option, not a duty").doesNotContain(withdraw);
    assertThat(rest.taskIdsInFilter("employee", "My requests")).as("someone else's request").doesNotContain(withdraw);
    assertThat(rest.taskIdsInFilter("chief", "Overdue")).doesNotContain(decide);

    // About an officer of this test's own: the context's database is shared, and reports about a demo officer would
    // count towards early intervention in other test classes.
    String officer = Officers.enlist(engine, roster, "Tobias", "Fennimore", "supervisor");
    String report = new Staff(engine.getIdentityService()).as("employee2", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, Map.of(
            ViolationReporting.Vars.SUBJECT, officer,
            ViolationReporting.Vars.PLACE_AND_TIME, "Public profile, 2026-11-20 around 22:00",
            ViolationReporting.Vars.CLAUSES, "§IV.G",
            ViolationReporting.Vars.WHAT_WAS_POSTED, "A post naming the victim in an open case",
            ViolationReporting.Vars.EVIDENCE_URL, "https://social.example/post/123",
            ViolationReporting.Vars.ENDANGERS, false,
            ViolationReporting.Vars.ROUTE_TO, "internal-affairs"))).getId();
    runJobs(report);
    String triage = taskId(report, ViolationReporting.Elements.TRIAGE_REPORT);
    assertThat(rest.taskIdsInFilter("ia", "Reports to triage")).contains(triage);
    assertThat(rest.taskIdsInFilter("ia", "My cases")).as("nobody holds it yet").doesNotContain(triage);
    new Staff(engine.getIdentityService()).as("ia", () -> engine.getTaskService().claim(triage, "ia"));
    assertThat(rest.taskIdsInFilter("ia", "My cases")).contains(triage);

    // Past the decision's due date (policy.depiction.decision-deadline), the memo is overdue for those who see it.
    ClockUtil.setCurrentTime(Date.from(engine.getTaskService().createTaskQuery().taskId(decide).singleResult()
        .getDueDate().toInstant().plus(Duration.ofMinutes(1))));
    assertThat(rest.taskIdsInFilter("chief", "Overdue")).contains(decide);
    assertThat(rest.taskIdsInFilter("employee", "Overdue")).as("not theirs to see").doesNotContain(decide);
  }

  private String taskId(String processInstanceId, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult().getId();
  }

  /** The asynchronous steps (the memorandum, the registration) as the job executor would run them. */
  private void runJobs(String processInstanceId) {
    for (Job job = nextAsyncJob(processInstanceId); job != null; job = nextAsyncJob(processInstanceId)) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private Job nextAsyncJob(String processInstanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable()
        .messages().list().stream().findFirst().orElse(null);
  }
}
