package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/**
 * An official account after its registration (§I.D, §VI.B) over {@code /api/posting/accounts/{id}}: the Chief, a
 * designee or HR hands its oversight to another employee — a yearly review already asking the old overseer asks the
 * new one — or closes it with a reason: its open review ends, it takes no new post and no poster is authorized for it.
 * Every change is listed with who made it; everyone else is refused, and a refusal changes nothing.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class OfficialAccountChangesRestTest {

  private static final String ACCOUNTS = "/api/posting/accounts";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired AccountReviewRepository reviews;
  private EngineRest rest;

  @BeforeEach
  void serve() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void hrHandsTheOversightToAnotherEmployee_theDueReviewAsksThemNow_andTheChangeIsListed_VIB() {
    String first = Officers.enlist(engine, roster, "Quinn", "Adler", "supervisor");
    String next = Officers.enlist(engine, roster, "Remy", "Stone", "supervisor");
    long account = register(first);
    ProcessInstance review = reviewComesDue(account);
    assertThat(checklistTask(review).getAssignee()).isEqualTo(first);

    Reply changed = rest.api("hr", HttpMethod.PATCH, ACCOUNTS + "/" + account, Map.of("overseerId", next));

    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().path("overseerId").asText()).isEqualTo(next);
    assertThat(checklistTask(review).getAssignee()).as("the review already due asks the new overseer").isEqualTo(next);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), OfficialAccountReview.Vars.OVERSEER_NAME))
        .isEqualTo("Officer Remy Stone");
    assertThat(reviews.findByProcessInstanceId(review.getId()).orElseThrow().overseerId()).isEqualTo(next);
    List<JsonNode> changes = changes(account);
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).path("field").asText()).isEqualTo("overseer");
    assertThat(changes.get(0).path("oldValue").asText()).isEqualTo(first);
    assertThat(changes.get(0).path("newValue").asText()).isEqualTo(next);
    assertThat(changes.get(0).path("changedByName").asText()).isEqualTo("HR Manager Linda Carver");
  }

  @Test
  void aChangeOfOverseerIsRefusedWithASentence_andChangesNothing_VIB() {
    String overseer = Officers.enlist(engine, roster, "Sam", "Okoro", "supervisor");
    long account = register(overseer);

    Reply employee = rest.api("employee", HttpMethod.PATCH, ACCOUNTS + "/" + account, Map.of("overseerId", "employee"));
    assertThat(employee.status()).isEqualTo(403);
    assertThat(employee.message()).isEqualTo("Only the Chief of Police, a designee or Human Resources registers, "
        + "changes or closes the department's official accounts (Policy 3.21 §I.D, §VI.B).");
    Reply same = rest.api("hr", HttpMethod.PATCH, ACCOUNTS + "/" + account, Map.of("overseerId", overseer));
    assertThat(same.status()).isEqualTo(400);
    assertThat(same.message()).isEqualTo("Officer Sam Okoro already oversees Facebook " + handleOf(account)
        + "; nothing was changed.");
    Reply outsider = rest.api("hr", HttpMethod.PATCH, ACCOUNTS + "/" + account, Map.of("overseerId", "auditor"));
    assertThat(outsider.status()).isEqualTo(400);
    assertThat(outsider.message()).isEqualTo("\"auditor\" is not a member of the department: name the employee who "
        + "oversees the account by their user id.");
    Reply nobody = rest.api("hr", HttpMethod.PATCH, ACCOUNTS + "/" + account, new HashMap<>());
    assertThat(nobody.status()).isEqualTo(400);
    assertThat(nobody.message()).isEqualTo("Who oversees the account (§VI.B) is required.");
    Reply unknown = rest.api("hr", HttpMethod.PATCH, ACCOUNTS + "/987654321", Map.of("overseerId", "employee"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).isEqualTo("There is no official account 987654321.");

    assertThat(accountJson(account).path("overseerId").asText()).isEqualTo(overseer);
    assertThat(changes(account)).isEmpty();
  }

  @Test
  void theChiefClosesAnAccount_itsReviewEnds_itTakesNoPost_andItsEntryIsNoLongerChanged_ID() {
    String overseer = Officers.enlist(engine, roster, "Jo", "Lark", "supervisor");
    long account = register(overseer);
    String reviewInstance = reviewOf(account).processInstanceId();

    Reply noReason = rest.api("chief", HttpMethod.POST, ACCOUNTS + "/" + account + "/close", Map.of("reason", " "));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.message()).isEqualTo("Why the account is closed is required.");
    assertThat(accountJson(account).path("closedAt").isNull()).as("nothing changed").isTrue();

    Reply closed = rest.api("chief", HttpMethod.POST, ACCOUNTS + "/" + account + "/close",
        Map.of("reason", "The precinct's page moved to the department's main account"));

    assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
    assertThat(closed.json().path("closedBy").asText()).isEqualTo("chief");
    assertThat(closed.json().path("nextReviewDueAt").isNull()).as("no review due any more").isTrue();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(reviewInstance).count())
        .as("the open review's process ended").isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(reviewInstance)
        .singleResult().getDeleteReason()).isEqualTo("The account Facebook " + handleOf(account) + " was closed: The "
        + "precinct's page moved to the department's main account");
    assertThat(reviewOf(account).status()).isEqualTo(AccountReviewStatus.ACCOUNT_CLOSED);
    assertThat(changes(account)).extracting(c -> c.path("field").asText() + " by " + c.path("changedByName").asText())
        .containsExactly("closed by " + roster.nameOf("chief"));

    String closedSentence = "Facebook " + handleOf(account) + " was closed on " + closed.json().path("closedAt")
        .asText().substring(0, 10) + " (The precinct's page moved to the department's main account)";
    Reply again = rest.api("hr", HttpMethod.POST, ACCOUNTS + "/" + account + "/close", Map.of("reason", "again"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.message()).isEqualTo(closedSentence + "; its entry is no longer changed.");
    Reply overseerChange = rest.api("hr", HttpMethod.PATCH, ACCOUNTS + "/" + account, Map.of("overseerId", "employee"));
    assertThat(overseerChange.status()).isEqualTo(409);

    Map<String, Object> grant = new HashMap<>();
    grant.put("userId", "employee2");
    grant.put("accountIds", List.of(account));
    grant.put("equipment", "DEPARTMENT_APPROVED");
    Reply authorization = rest.api("chief", HttpMethod.POST, "/api/posting/posters", grant);
    assertThat(authorization.status()).isEqualTo(400);
    assertThat(authorization.message()).isEqualTo(closedSentence + "; choose an open account.");

    Map<String, Object> draft = new HashMap<>();
    draft.put(OfficialPost.Vars.ACCOUNTS, EngineRest.string(Long.toString(account)));
    draft.put(OfficialPost.Vars.CATEGORY, EngineRest.string("community-news"));
    draft.put(OfficialPost.Vars.POST_TEXT, EngineRest.string("Our precinct's open house is on Saturday."));
    long posts = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OfficialPost.PROCESS_KEY)
        .count();
    Reply post = rest.post("employee", "/process-definition/key/" + OfficialPost.PROCESS_KEY + "/start",
        withVariables(draft));
    assertThat(post.status()).isEqualTo(400);
    assertThat(post.message()).isEqualTo(closedSentence + " and takes no new post; choose an open account (§I.D). "
        + "Nothing was recorded.");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OfficialPost.PROCESS_KEY)
        .count()).isEqualTo(posts);
    assertThat(rest.api("employee", HttpMethod.GET, "/api/posting/draft-options", null).json().path("accounts")
        .findValuesAsText("label")).doesNotContain("Facebook " + handleOf(account));
  }

  private long register(String overseer) {
    String handle = "@Precinct" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> account = new HashMap<>();
    account.put("platform", "Facebook");
    account.put("handle", handle);
    account.put("url", "https://www.facebook.com/" + handle.substring(1));
    account.put("overseerId", overseer);
    account.put("statesMaintainedByDepartment", true);
    account.put("showsPhoneNumber", true);
    account.put("showsAddress", true);
    Reply registered = rest.api("hr", HttpMethod.POST, ACCOUNTS, account);
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().path("id").asLong();
  }

  private JsonNode accountJson(long id) {
    return StreamSupport.stream(rest.api("auditor", HttpMethod.GET, ACCOUNTS, null).json().spliterator(), false)
        .filter(a -> a.path("id").asLong() == id).findFirst().orElseThrow();
  }

  private String handleOf(long id) {
    return accountJson(id).path("handle").asText();
  }

  private List<JsonNode> changes(long id) {
    Reply reply = rest.api("auditor", HttpMethod.GET, ACCOUNTS + "/" + id + "/changes", null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return StreamSupport.stream(reply.json().spliterator(), false).toList();
  }

  private AccountReview reviewOf(long account) {
    return reviews.findByAccountIdOrderByIdAsc(account).stream().reduce((a, b) -> b).orElseThrow();
  }

  /** The review's timer fires (a year and a day on): the overseer has the checklist. */
  private ProcessInstance reviewComesDue(long account) {
    String instanceId = reviewOf(account).processInstanceId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instanceId)
        .activityId(OfficialAccountReview.Elements.REVIEW_DUE).singleResult();
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofDays(1))));
    engine.getManagementService().executeJob(timer.getId());
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
  }

  private Task checklistTask(ProcessInstance review) {
    return engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(OfficialAccountReview.Elements.CONFIRM_CHECKLIST).singleResult();
  }
}
