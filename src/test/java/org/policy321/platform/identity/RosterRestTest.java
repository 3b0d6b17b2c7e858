package org.policy321.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.removal.ApprovalReview;
import org.policy321.testing.ActiveApprovals;
import org.policy321.testing.Officers;
import org.policy321.training.SocialMediaTraining;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/**
 * The roster HR keeps (issue 15) over {@code /api/roster}: adding a member starts their training (§VI.A), changes are
 * logged with who and when, a leaving date hands the leaver's tasks and people to the next supervisor up and puts their
 * approvals up for review (§III.R); nobody but HR changes it, over /api or /engine-rest.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class RosterRestTest {

  static final String ROSTER = "/api/roster";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired RosterMaintenance maintenance;

  @BeforeEach
  void serve() {
    EngineRest.serve(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** An account an administrator created, not yet on the roster nor in the group employee. */
  private String newAccount() {
    String id = "hire" + UUID.randomUUID().toString().substring(0, 8);
    var user = engine.getIdentityService().newUser(id);
    user.setFirstName("New");
    user.setLastName("Hire");
    user.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(user);
    return id;
  }

  private static Map<String, Object> member(String userId, String supervisor, String hireDate) {
    Map<String, Object> member = new HashMap<>();
    member.put("userId", userId);
    member.put("firstName", "Morgan");
    member.put("lastName", "Achebe");
    member.put("rank", "Officer");
    member.put("unit", "Patrol Division");
    member.put("supervisorId", supervisor);
    member.put("hireDate", hireDate);
    return member;
  }

  private ProcessInstance trainingOf(String userId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SocialMediaTraining.PROCESS_KEY)
        .variableValueEquals(SocialMediaTraining.Vars.EMPLOYEE_ID, userId).singleResult();
  }

  private List<JsonNode> changes(String userId) {
    return StreamSupport.stream(send("auditor", HttpMethod.GET, ROSTER + "/" + userId + "/changes", null).json()
        .spliterator(), false).toList();
  }

  @Test
  void hrAddsAMemberWhoseTrainingStarts_andEveryFieldIsLogged_VIA() {
    String account = newAccount();
    Reply added = send("hr", HttpMethod.POST, ROSTER, member(account, "supervisor", LocalDate.now().toString()));

    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().path("hireDate").asText()).isEqualTo(LocalDate.now().toString());
    assertThat(roster.belongsTo(account, Groups.EMPLOYEE)).isTrue();
    assertThat(roster.nameOf(account)).isEqualTo("Officer Morgan Achebe");
    ProcessInstance training = trainingOf(account);
    assertThat(training).as("the new hire's training").isNotNull();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(training.getId()).singleResult()
        .getTaskDefinitionKey()).isEqualTo(SocialMediaTraining.Elements.STUDY_MATERIAL);
    assertThat(changes(account)).extracting(c -> c.path("field").asText())
        .containsExactly("name", "rank", "unit", "supervisor", "hire date");
    assertThat(changes(account)).allSatisfy(c -> {
      assertThat(c.path("changedBy").asText()).isEqualTo("hr");
      assertThat(c.path("changedAt").asText()).isNotBlank();
    });

    Reply again = send("hr", HttpMethod.POST, ROSTER, member(account, "supervisor", LocalDate.now().toString()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.message()).isEqualTo("Officer Morgan Achebe is on the roster already; change their entry instead.");
  }

  @Test
  void eachCallerLearnsWhatTheyMayDoWithTheRoster_andItNamesPeopleNotUserIds_VIA() {
    assertThat(send("hr", HttpMethod.GET, ROSTER + "/access", null).json().toString())
        .isEqualTo("{\"mayRead\":true,\"mayChange\":true}");
    assertThat(send("auditor", HttpMethod.GET, ROSTER + "/access", null).json().toString())
        .isEqualTo("{\"mayRead\":true,\"mayChange\":false}");
    assertThat(send("employee", HttpMethod.GET, ROSTER + "/access", null).json().toString())
        .isEqualTo("{\"mayRead\":false,\"mayChange\":false}");
    assertThat(send("employee", HttpMethod.GET, ROSTER, null).status()).as("the rule the answer reports").isEqualTo(403);

    String lead = Officers.enlist(engine, roster, "Noor", "Haddad", "supervisor");
    String account = newAccount();
    send("hr", HttpMethod.POST, ROSTER, member(account, lead, LocalDate.now().toString()));
    JsonNode added = send("auditor", HttpMethod.GET, ROSTER + "/" + account, null).json();
    assertThat(added.path("name").asText()).isEqualTo("Officer Morgan Achebe");
    assertThat(added.path("supervisorName").asText()).isEqualTo(roster.nameOf(lead)).contains("Noor Haddad");
    assertThat(changes(account)).allSatisfy(c -> {
      assertThat(c.path("name").asText()).isEqualTo("Officer Morgan Achebe");
      assertThat(c.path("changedByName").asText()).isEqualTo(roster.nameOf("hr")).isNotEqualTo("hr");
    });
  }

  @Test
  void aMemberJoiningTheGroupEmployeeInCamundaAdminIsTrainedOnceTheRosterHasTheirHireDate_VIA() {
    String officer = Officers.enlist(engine, roster, "Rowan", "Silva", "supervisor");
    assertThat(trainingOf(officer)).as("no hire date on the roster: not a new hire").isNull();

    String account = newAccount();
    send("hr", HttpMethod.POST, ROSTER, member(account, null, "2026-11-30"));
    assertThat(trainingOf(account)).isNotNull();
    engine.getIdentityService().deleteMembership(account, Groups.EMPLOYEE);
    engine.getIdentityService().createMembership(account, Groups.EMPLOYEE);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SocialMediaTraining.PROCESS_KEY)
        .variableValueEquals(SocialMediaTraining.Vars.EMPLOYEE_ID, account).count()).as("trained on hire once").isZero();
  }

  @Test
  void badInputIsRefusedWithASentenceAndNothingIsAdded_VIA() {
    String account = newAccount();
    Map<String, Reply> replies = new HashMap<>();
    replies.put("The hire date is required.", send("hr", HttpMethod.POST, ROSTER, member(account, null, " ")));
    replies.put("The hire date \"1.12.2026\" is not a date such as 2026-12-01.",
        send("hr", HttpMethod.POST, ROSTER, member(account, null, "1.12.2026")));
    replies.put("There is no account \"nobody-here\"; an administrator creates it in Camunda Admin first.",
        send("hr", HttpMethod.POST, ROSTER, member("nobody-here", null, "2026-12-01")));
    replies.put("The supervisor \"ghost\" is not a current member of the roster.",
        send("hr", HttpMethod.POST, ROSTER, member(account, "ghost", "2026-12-01")));
    Map<String, Object> noRank = member(account, null, "2026-12-01");
    noRank.remove("rank");
    replies.put("The rank is required.", send("hr", HttpMethod.POST, ROSTER, noRank));
    replies.forEach((message, reply) -> {
      assertThat(reply.status()).as(message).isEqualTo(400);
      assertThat(reply.message()).isEqualTo(message);
      assertThat(reply.json().path("type").asText()).isNotBlank();
    });
    assertThat(send("hr", HttpMethod.GET, ROSTER + "/" + account, null).status()).isEqualTo(404);
    assertThat(roster.belongsTo(account, Groups.EMPLOYEE)).isFalse();

    Reply cycle = send("hr", HttpMethod.PATCH, ROSTER + "/supervisor", Map.of("supervisorId", "employee"));
    assertThat(cycle.status()).isEqualTo(400);
    assertThat(cycle.message()).isEqualTo("Officer Jordan Reyes cannot supervise Sergeant Thomas Brennan: the chain of "
        + "command would lead back to them.");
  }

  @Test
  void onlyHrChangesTheRoster_overApiAndEngineRest_VIA() {
    String account = newAccount();
    for (String caller : List.of("employee", "supervisor", "chief", "auditor")) {
      Reply refused = send(caller, HttpMethod.POST, ROSTER, member(account, null, "2026-12-01"));
      assertThat(refused.status()).as(caller).isEqualTo(403);
      assertThat(refused.message()).isEqualTo("Only Human Resources keeps the roster.");
      assertThat(send(caller, HttpMethod.PATCH, ROSTER + "/employee", Map.of("rank", "Captain")).status()).isEqualTo(403);
      assertThat(send(caller, HttpMethod.POST, ROSTER + "/employee/leaving", Map.of("leavingDate", "2026-12-01"))
          .status()).isEqualTo(403);
    }
    assertThat(send("employee", HttpMethod.GET, ROSTER, null).message())
        .isEqualTo("The roster is read by Human Resources and auditors.");
    assertThat(send("auditor", HttpMethod.GET, ROSTER, null).status()).isEqualTo(200);
    assertThat(roster.nameOf("employee")).isEqualTo("Officer Jordan Reyes");
    assertThat(roster.belongsTo(account, Groups.EMPLOYEE)).isFalse();

    // Nor around it: joining the group employee, or editing the names the roster gives documents, is not theirs.
    for (String caller : List.of("employee", "hr")) {
      Reply joined = send(caller, HttpMethod.PUT, EngineRest.BASE + "/group/employee/members/" + account, null);
      assertThat(joined.status()).as(caller + " joins someone to employee").isEqualTo(403);
    }
    assertThat(roster.belongsTo(account, Groups.EMPLOYEE)).isFalse();
    assertThat(send("employee", HttpMethod.GET, EngineRest.BASE + "/roster", null).status()).isEqualTo(404);
  }

  @Test
  void hrChangesRankUnitAndSupervisor_eachLoggedWithWhoAndWhen_VIA() {
    String officer = Officers.enlist(engine, roster, "Sasha", "Kim", "supervisor");
    Reply changed = send("hr", HttpMethod.PATCH, ROSTER + "/" + officer,
        Map.of("rank", "Sergeant", "unit", "Traffic Division", "supervisorId", "designee"));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(roster.nameOf(officer)).isEqualTo("Sergeant Sasha Kim");
    assertThat(roster.supervisorOf(officer)).contains("designee");
    assertThat(changes(officer)).extracting(c -> c.path("field").asText() + ": " + c.path("oldValue").asText() + " -> "
        + c.path("newValue").asText() + " by " + c.path("changedBy").asText())
        .containsExactly("rank: Officer -> Sergeant by hr", "unit: Patrol Division -> Traffic Division by hr",
            "supervisor: supervisor -> designee by hr");
    assertThat(send("hr", HttpMethod.PATCH, ROSTER + "/" + officer, Map.of()).message())
        .isEqualTo("Give the rank, the unit or the supervisor to change.");
  }

  @Test
  void aLeaverHandsTasksAndPeopleToTheNextSupervisorUp_andTheirApprovalsGoUpForReview_IIIR_VIA() {
    String lead = Officers.enlist(engine, roster, "Lee", "Grant", "designee");
    String report = Officers.enlist(engine, roster, "Robin", "Vale", lead);
    String approval = new ActiveApprovals(engine).active(lead);
    // The report's own training stays theirs; a task assigned to the leaver goes up the chain.
    ProcessInstance training = startTrainingAsHr(report);
    Task study = engine.getTaskService().createTaskQuery().processInstanceId(training.getId()).singleResult();
    Task handed = engine.getTaskService().newTask();
    handed.setName("A task of the leaver's");
    handed.setAssignee(lead);
    engine.getTaskService().saveTask(handed);

    Reply left = send("hr", HttpMethod.POST, ROSTER + "/" + lead + "/leaving", Map.of("leavingDate",
        LocalDate.now().toString()));

    assertThat(left.status()).as(left.toString()).isEqualTo(200);
    assertThat(left.json().path("handedOverAt").asText()).isNotBlank();
    assertThat(roster.supervisorOf(report)).as("the next supervisor up").contains("designee");
    assertThat(engine.getTaskService().createTaskQuery().taskId(handed.getId()).singleResult().getAssignee())
        .isEqualTo("designee");
    assertThat(engine.getTaskService().createTaskQuery().taskId(study.getId()).singleResult().getAssignee())
        .as("the report's own training stays theirs").isEqualTo(report);
    assertThat(roster.belongsTo(lead, Groups.EMPLOYEE)).isFalse();
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ApprovalReview.PROCESS_KEY).processInstanceBusinessKey(approval).singleResult();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(ApprovalReview.Elements.DECIDE_ON_APPROVAL).count()).as("approval up for review").isOne();
    assertThat(changes(report)).extracting(c -> c.path("field").asText() + ": " + c.path("newValue").asText() + " by "
        + c.path("changedBy").asText()).contains("supervisor: designee by hr");
    assertThat(changes(lead)).extracting(c -> c.path("field").asText()).contains("leaving date", "handed over");

    Reply again = send("hr", HttpMethod.PATCH, ROSTER + "/" + lead, Map.of("rank", "Captain"));
    assertThat(again.status()).isEqualTo(409);
    engine.getTaskService().deleteTask(handed.getId(), true);
  }

  @Test
  void aLeavingDateAheadHandsOverOnTheDay_VIA() {
    String lead = Officers.enlist(engine, roster, "Kit", "Moss", "supervisor");
    String report = Officers.enlist(engine, roster, "Ash", "Reed", lead);
    String day = LocalDate.now().plusDays(3).toString();
    assertThat(send("hr", HttpMethod.POST, ROSTER + "/" + lead + "/leaving", Map.of("leavingDate", day)).status())
        .isEqualTo(200);
    assertThat(roster.supervisorOf(report)).contains(lead);
    maintenance.handOverDue();
    assertThat(roster.supervisorOf(report)).as("not before the day").contains(lead);

    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.now().plusDays(3).atStartOfDay(java.time.ZoneOffset.UTC)
        .plusHours(1).toInstant()));
    maintenance.handOverDue();
    assertThat(roster.supervisorOf(report)).contains("supervisor");
    assertThat(changes(report)).extracting(c -> c.path("changedBy").asText()).contains(RosterMaintenance.SYSTEM);
  }

  private ProcessInstance startTrainingAsHr(String employee) {
    engine.getIdentityService().setAuthentication("hr", List.of(Groups.EMPLOYEE, Groups.HR));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(SocialMediaTraining.PROCESS_KEY,
          Map.of(SocialMediaTraining.Vars.EMPLOYEE_ID, employee));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Reply send(String user, HttpMethod method, String path, Object body) {
    return new EngineRest(template).api(user, method, path, body);
  }
}
