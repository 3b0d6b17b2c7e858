package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 10, item 3 (§V.C): nothing about a named reporter is readable by anyone but Internal Affairs and
 * the Chief. A named report by employee2 about employee is walked (Java API) through a question the
 * reporter answers to a finding; the reporter opens a notice through the REST API. Then the auditor and
 * the employee concerned ask {@code /engine-rest} for everything about the case and the processes about
 * it — history of instances, tasks, variables, details, identity links, operation log, comments and
 * attachments — and no answer names the reporter; Internal Affairs, asking the same, does find them
 * (the probes can see a name when there is one), and the case view of {@code /api} names them.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamedReporterAnonymityTest {

  static final String REPORTER = "employee2";
  static final String CONCERNED = "employee";
  /** The reporter's user id and name (Priya Shah). */
  static final List<String> REPORTER_NAMES = List.of(REPORTER, "Priya", "Shah");
  static final List<String> PROCESS_KEYS = List.of(ViolationReporting.PROCESS_KEY,
      ViolationReporting.PARTY_PROCESS_KEY, ViolationReporting.REPORTER_PROCESS_KEY);

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  EngineRest rest;
  Staff staff;
  ProcessInstance instance;
  String caseNumber;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
  }

  @BeforeAll
  void aNamedReportWithAnAnsweredQuestionAndAFinding() {
    restApiServesThisContextsEngine();
    staff = new Staff(engine.getIdentityService());
    instance = staff.as(REPORTER, () -> engine.getRuntimeService().startProcessInstanceByKey(
        ViolationReporting.PROCESS_KEY, ViolationTestSupport.report(CONCERNED, "internal-affairs", false)));
    caseNumber = instance.getBusinessKey();
    complete("ia", caseTask(Elements.TRIAGE_REPORT), Map.of(Vars.TRIAGE, "accept", Vars.POLICY_SCOPE, PolicyScope.IDENTIFIES_AS_EMPLOYEE.value));
    complete("ia", caseTask(Elements.INVESTIGATE), Map.of(Vars.INVESTIGATION_STEP, "question",
        Vars.QUESTION, "When did you see it?"));
    Task question = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(Elements.ANSWER_INVESTIGATOR_QUESTION).singleResult();
    assertThat(rest.get(REPORTER, "/task/" + question.getId() + "/form-variables").status()).isEqualTo(200);
    complete(REPORTER, question, Map.of(Vars.ANSWER, "Yesterday evening"));
    // The employee concerned answers the notice of allegation (§V.B): their own task, which names nobody.
    Job allegation = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.ISSUE_NOTICE_OF_ALLEGATION).singleResult();
    engine.getManagementService().executeJob(allegation.getId());
    Task answer = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(Elements.PARTY_TASK).taskAssignee(CONCERNED).singleResult();
    complete(CONCERNED, answer, Map.of(Vars.STATEMENT_GIVEN, "true", Vars.STATEMENT, "I posted nothing of the kind."));
    complete("ia", caseTask(Elements.INVESTIGATE), Map.of(Vars.INVESTIGATION_STEP, "finding",
        Vars.FINDING, "unfounded", Vars.INVESTIGATION_NOTES, "No such post"));
    Job notice = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.ISSUE_FINDING_NOTICE).singleResult();
    engine.getManagementService().executeJob(notice.getId());
    Task receipt = reporterNotices().get(0);
    assertThat(rest.get(REPORTER, "/task/" + receipt.getId()).status()).as("the reporter reads their notice").isEqualTo(200);
    complete(REPORTER, receipt, Map.of());
  }

  @Test
  void theCaseHasNoStartUserAndNoOperationLogEntryOfItsStart() {
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getStartUserId()).isNull();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_OP_LOG where PROC_INST_ID_ = ? and OPERATION_TYPE_ = 'Create'",
        Integer.class, instance.getId())).isZero();
    assertThat(jdbc.queryForList("select distinct PROC_DEF_KEY_ from ACT_HI_OP_LOG where USER_ID_ = ? and PROC_DEF_KEY_ in (?, ?, ?)",
        String.class, REPORTER, PROCESS_KEYS.get(0), PROCESS_KEYS.get(1), PROCESS_KEYS.get(2)))
        .as("the reporter's own steps are logged in their own process only")
        .containsExactly(ViolationReporting.REPORTER_PROCESS_KEY);
    // The case's own processes: other tests of this Spring context share its database.
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_IDENTITYLINK where USER_ID_ = ? and PROC_DEF_KEY_ in (?, ?)",
        Integer.class, REPORTER, ViolationReporting.PROCESS_KEY, ViolationReporting.PARTY_PROCESS_KEY))
        .as("identity links to the reporter").isZero();
  }

  @Test
  void theAuditorReadsTheCasesHistory_butNothingThatNamesTheReporter() {
    assertThat(rest.get("auditor", "/history/process-instance/" + instance.getId()).status()).isEqualTo(200);
    assertThat(rest.get("auditor", "/history/task?processInstanceId=" + instance.getId()).json()).isNotEmpty();

    Map<String, String> read = readableAbout("auditor");
    assertThat(read).as("what the auditor reads").isNotEmpty();
    assertNamesNoReporter(read);
    assertThat(rest.get("auditor", "/history/process-instance?processDefinitionKey="
        + ViolationReporting.REPORTER_PROCESS_KEY).json()).as("the reporter's processes").isEmpty();
  }

  @Test
  void theEmployeeConcernedReadsNothingThatNamesTheReporter() {
    assertNamesNoReporter(readableAbout(CONCERNED));
    // Whatever process a notice would run in (standalone tasks' history was everyone's to read):
    assertThat(rest.get(CONCERNED, "/history/task?taskAssignee=" + REPORTER).json()).isEmpty();
    assertThat(rest.get(CONCERNED, "/history/task?taskName=" + ReporterNotices.NOTICE_TASK_NAME.replace(" ", "%20"))
        .json()).isEmpty();
    assertThat(rest.get(CONCERNED, "/history/identity-link-log?userId=" + REPORTER).json()).isEmpty();
    for (HistoricTaskInstance task : reporterTasks()) {
      assertThat(rest.get(CONCERNED, "/task/" + task.getId()).status()).isEqualTo(404);
    }
  }

  @Test
  void theEmployeeConcernedCannotCommentOnOrAttachToTheReportersTasks() {
    for (HistoricTaskInstance task : reporterTasks()) {
      Reply comment = rest.post(CONCERNED, "/task/" + task.getId() + "/comment/create", Map.of("message", "I know it was you"));
      assertThat(comment.status()).as(comment.toString()).isBetween(400, 404);

      LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
      parts.add("attachment-name", "note.txt");
      parts.add("attachment-type", "text/plain");
      parts.add("content", new ByteArrayResource("I know it was you".getBytes()) {
        @Override
        public String getFilename() {
          return "note.txt";
        }
      });
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      var attachment = template.withBasicAuth(CONCERNED, EngineRest.DEMO_PASSWORD).postForEntity(
          EngineRest.BASE + "/task/" + task.getId() + "/attachment/create", new HttpEntity<>(parts, headers), String.class);
      assertThat(attachment.getStatusCode().value()).as(attachment.getBody()).isBetween(400, 404);

      assertThat(engine.getTaskService().getTaskComments(task.getId())).isEmpty();
      assertThat(engine.getTaskService().getTaskAttachments(task.getId())).isEmpty();
    }
  }

  @Test
  void internalAffairsAndTheChiefKnowWhoReported() {
    assertThat(readableAbout("ia").values()).as("the same probes, as Internal Affairs")
        .anyMatch(body -> body.contains("\"" + REPORTER + "\""));
    for (String user : List.of("ia", "chief")) {
      var view = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
          .getForEntity("/api/violation-cases/" + caseNumber, String.class);
      assertThat(new Reply(view.getStatusCode().value(), view.getBody()).json().path("reporter").asText())
          .as(user).isEqualTo(REPORTER);
    }
    var byAuditor = template.withBasicAuth("auditor", EngineRest.DEMO_PASSWORD)
        .getForEntity("/api/violation-cases/" + caseNumber + "/access-log", String.class);
    assertThat(byAuditor.getStatusCode().value()).isEqualTo(200);
    assertThat(byAuditor.getBody()).contains("(the reporter)").doesNotContain(REPORTER);
  }

  // --- probes ---------------------------------------------------------------------------------

  /** The bodies of every successful GET the user makes about the case and the processes about it, by path. */
  private Map<String, String> readableAbout(String user) {
    List<String> paths = new ArrayList<>();
    for (HistoricProcessInstance process : processesAboutTheCase()) {
      String id = process.getId();
      paths.add("/history/process-instance/" + id);
      for (String list : List.of("process-instance", "task", "variable-instance", "detail", "user-operation",
          "activity-instance", "incident", "job-log")) {
        paths.add("/history/" + list + "?processInstanceId=" + id);
      }
      paths.add("/history/process-instance?superProcessInstanceId=" + id);
    }
    for (HistoricTaskInstance task : allTasksAboutTheCase()) {
      paths.add("/history/identity-link-log?taskId=" + task.getId());
      paths.add("/history/task?taskId=" + task.getId());
      paths.add("/task/" + task.getId() + "/comment");
      paths.add("/task/" + task.getId() + "/attachment");
      paths.add("/history/user-operation?taskId=" + task.getId());
    }
    for (String key : PROCESS_KEYS) {
      paths.add("/history/process-instance?startedBy=" + REPORTER + "&processDefinitionKey=" + key);
      paths.add("/history/task?taskAssignee=" + REPORTER + "&processDefinitionKey=" + key);
      paths.add("/history/identity-link-log?userId=" + REPORTER + "&processDefinitionKey=" + key);
      paths.add("/history/user-operation?userId=" + REPORTER + "&processDefinitionKey=" + key);
    }
    String reporters = ViolationReporting.REPORTER_PROCESS_KEY;
    paths.add("/history/task?processDefinitionKey=" + reporters);
    paths.add("/history/identity-link-log?processDefinitionKey=" + reporters);
    paths.add("/history/variable-instance?processDefinitionKey=" + reporters);
    paths.add("/history/user-operation?processDefinitionKey=" + reporters);
    paths.add("/authorization?userIdIn=" + REPORTER);
    Map<String, String> bodies = new java.util.LinkedHashMap<>();
    for (String path : paths) {
      Reply reply = rest.get(user, path);
      if (reply.status() == 200) {
        bodies.put(path, reply.body());
      }
    }
    return bodies;
  }

  private static void assertNamesNoReporter(Map<String, String> bodies) {
    bodies.forEach((path, body) -> {
      for (String name : REPORTER_NAMES) {
        assertThat(body).as("%s names the reporter (%s)", path, name).doesNotContain(name);
      }
    });
  }

  private List<HistoricProcessInstance> processesAboutTheCase() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list();
  }

  private List<HistoricTaskInstance> allTasksAboutTheCase() {
    return engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber).list();
  }

  private List<HistoricTaskInstance> reporterTasks() {
    List<HistoricTaskInstance> tasks = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKey(ViolationReporting.REPORTER_PROCESS_KEY).list();
    assertThat(tasks).as("notices and the question").hasSizeGreaterThan(3);
    return tasks;
  }

  private List<Task> reporterNotices() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(Elements.READ_NOTICE).taskAssignee(REPORTER).orderByTaskCreateTime().asc().list();
  }

  private Task caseTask(String element) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(element)
        .singleResult();
  }

  private void complete(String user, Task task, Map<String, Object> variables) {
    staff.as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
    });
  }
}
