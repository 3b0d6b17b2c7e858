package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.SampleFiles;
import org.policy321.testing.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * §V "Who sees what", each role against each resource through the REST API. One case — a named
 * report by employee2 about employee, endangering, with a PDF as evidence, routed to the
 * supervisor — is walked by the Java API from triage to a finding; at each stage every demo user
 * asks {@code /engine-rest} (HTTP basic) for the case's instances, variables, history, tasks and
 * documents, and at the end for its access log. The steps share the case and run in order.
 *
 * <p>Expected, from issue 5: Internal Affairs and the Chief see the case and its history; auditors
 * read history, no runtime tasks or variables; the routed supervisor only the triage task routed
 * to them; the designee only the immediate-action task; the reporter only their own party task and
 * notices, never the case's variables; the employee concerned only their own party task; hr, pio
 * and every other employee nothing. {@code admin} (camunda-admin) is the engine's administrator and
 * sees everything (README "Who sees what"); its reads are logged like anyone's.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ViolationAccessRestTest {

  static final String REPORTER = "employee2";
  static final String CONCERNED = "employee";
  static final List<String> EVERYONE = List.of("chief", "designee", "ia", "supervisor", "employee", "employee2",
      "hr", "pio", "auditor", "admin");
  /** Case variables that name people or carry the report; no party may read them. */
  /** The list resources of the REST API that return a case's data, filtered by its process instance. */
  static final List<String> CASE_DATA_LISTS = List.of("/variable-instance?processInstanceIdIn=%s",
      "/execution?processInstanceId=%s", "/history/variable-instance?processInstanceId=%s",
      "/history/task?processInstanceId=%s", "/history/activity-instance?processInstanceId=%s",
      "/history/detail?processInstanceId=%s", "/history/user-operation?processInstanceId=%s");
  static final List<String> CASE_ONLY_VARIABLES = List.of(Vars.SUBJECT, Vars.SUBJECT_ID, Vars.WHAT_WAS_POSTED,
      Vars.EVIDENCE, Vars.EVIDENCE_URL, Vars.ROUTE_TO, Vars.PLACE_AND_TIME, Vars.RETALIATION_FLAG);

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired ViolationReportRepository reports;

  EngineRest rest;
  Staff staff;
  ProcessInstance instance;
  String caseNumber;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
    staff = new Staff(engine.getIdentityService());
  }

  @BeforeAll
  void aNamedReportRoutedToTheSupervisor() {
    EngineRest.serve(engine);
    staff = new Staff(engine.getIdentityService());
    Map<String, Object> report = ViolationTestSupport.report(CONCERNED, "supervisor", true);
    report.put(Vars.EVIDENCE, SampleFiles.file("screenshot.pdf", "application/pdf", SampleFiles.pdf("The post")));
    instance = staff.as(REPORTER, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, report));
    caseNumber = instance.getBusinessKey();
    assertThat(reports.findByCaseNumber(caseNumber)).get().extracting(ViolationReport::routedTo).isEqualTo("supervisor");
  }

  @Test
  @Order(1)
  void atTriage_theRoutedSupervisorSeesOnlyTheTriageTask_notTheCase() {
    String triage = task(Elements.TRIAGE_REPORT).getId();

    assertThat(caseTaskNames("supervisor")).containsExactly("Triage report");
    assertThat(caseTaskNames(REPORTER)).isNotEmpty().allMatch(this::isNotice);
    // §V.B: the report endangers, so the Chief's immediate action runs from receipt, beside triage.
    assertThat(caseTaskNames("chief")).containsExactly("Take immediate action");
    assertThat(caseTaskNames("designee")).containsExactly("Take immediate action");
    for (String user : List.of("ia", "employee", "hr", "pio", "auditor")) {
      assertThat(caseTaskNames(user)).as("tasks of the case %s sees", user).isEmpty();
    }
    assertThat(caseTaskNames("admin")).contains("Triage report");
    assertOnlyTheseSeeTheCaseInstance("ia", "chief", "admin");
    for (String user : List.of("designee", "employee", "employee2", "hr", "pio")) {
      assertThat(caseDataListsReadBy(user)).as("lists with the case's data %s reads", user).isEmpty();
    }
    assertThat(caseDataListsReadBy("auditor")).as("history only").isNotEmpty().allMatch(l -> l.startsWith("/history/"));

    // The supervisor opens the task as Tasklist does (three calls, one log row) and reads the evidence.
    assertThat(rest.get("supervisor", "/task/" + triage).status()).isEqualTo(200);
    assertThat(rest.get("supervisor", "/task/" + triage + "/form-variables").status()).isEqualTo(200);
    Reply variables = rest.get("supervisor", "/task/" + triage + "/variables");
    assertThat(variables.status()).isEqualTo(200);
    assertThat(variables.json().has(Vars.WHAT_WAS_POSTED)).as("triage needs the report").isTrue();
    assertThat(rest.getBytes("supervisor", "/task/" + triage + "/variables/evidence/data").getStatusCode().value())
        .isEqualTo(200);
    // ...but not the case itself, nor its history.
    assertThat(rest.get("supervisor", "/process-instance/" + instance.getId()).status()).isEqualTo(404);
    assertThat(rest.get("supervisor", "/process-instance/" + instance.getId() + "/variables").status()).isEqualTo(403);
    assertThat(rest.get("supervisor", "/history/process-instance/" + instance.getId()).status()).isEqualTo(404);
    // Nobody without a task of the case opens it.
    for (String user : List.of("designee", "employee", "employee2", "hr", "pio")) {
      assertThat(rest.get(user, "/task/" + triage).status()).as(user).isEqualTo(404);
      assertThat(rest.get(user, "/process-instance/" + instance.getId() + "/variables").status()).as(user).isEqualTo(403);
    }

    complete("supervisor", task(Elements.TRIAGE_REPORT), Map.of(Vars.TRIAGE, "accept", Vars.POLICY_SCOPE, PolicyScope.IN_UNIFORM.value));
  }

  @Test
  @Order(2)
  void theEmployeeConcernedAnswersTheAllegationInTheirOwnTask_withoutTheCasesVariables() {
    runJob(Elements.ISSUE_NOTICE_OF_ALLEGATION);
    Task answer = partyTask();

    assertThat(caseTaskNames(CONCERNED)).containsExactly("Answer the allegation — case " + caseNumber);
    assertThat(caseTaskNames(REPORTER)).allMatch(this::isNotice);
    assertThat(caseTaskNames("ia")).containsExactly("Investigate");
    assertThat(caseTaskNames("chief")).containsExactly("Take immediate action");
    for (String user : List.of("supervisor", "hr", "pio", "auditor")) {
      assertThat(caseTaskNames(user)).as("tasks of the case %s sees", user).isEmpty();
    }
    Reply own = rest.get(CONCERNED, "/task/" + answer.getId() + "/form-variables");
    assertThat(own.status()).isEqualTo(200);
    assertThat(fieldNames(own.json())).contains(Vars.ALLEGATION_NOTICE).doesNotContainAnyElementsOf(CASE_ONLY_VARIABLES);
    var pdf = rest.getBytes(CONCERNED, "/task/" + answer.getId() + "/variables/" + Vars.ALLEGATION_NOTICE + "/data");
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(rest.get(CONCERNED, "/process-instance/" + instance.getId() + "/variables").status()).isEqualTo(403);
    assertThat(rest.get(REPORTER, "/task/" + answer.getId()).status()).as("the employee's task").isEqualTo(404);

    Reply answered = rest.post(CONCERNED, "/task/" + answer.getId() + "/complete", EngineRest.withVariables(Map.of(
        Vars.STATEMENT_GIVEN, EngineRest.string("true"), Vars.STATEMENT, EngineRest.string("I never posted it."))));
    assertThat(answered.status()).as(answered.toString()).isEqualTo(204);
  }

  @Test
  @Order(3)
  void atImmediateAction_theDesigneeSeesOnlyThatTask() {
    Task action = task(Elements.TAKE_IMMEDIATE_ACTION);

    assertThat(caseTaskNames("designee")).containsExactly("Take immediate action");
    assertThat(caseTaskNames("chief")).containsExactly("Take immediate action");
    // Accepted, the case is investigated while the Chief's immediate action is still open (§V.B).
    assertThat(caseTaskNames("ia")).containsExactly("Investigate");
    for (String user : List.of("supervisor", "employee", "hr", "pio", "auditor")) {
      assertThat(caseTaskNames(user)).as("tasks of the case %s sees", user).isEmpty();
    }
    assertThat(caseTaskNames(REPORTER)).allMatch(this::isNotice);
    assertOnlyTheseSeeTheCaseInstance("ia", "chief", "admin");

    assertThat(rest.get("designee", "/task/" + action.getId() + "/form-variables").status()).isEqualTo(200);
    assertThat(rest.get("designee", "/process-instance/" + instance.getId() + "/variables").status()).isEqualTo(403);
    assertThat(rest.get("designee", "/history/process-instance/" + instance.getId()).status()).isEqualTo(404);
    assertThat(rest.get("supervisor", "/task/" + action.getId()).status()).as("triage is over").isEqualTo(404);

    complete("designee", action, Map.of(Vars.IMMEDIATE_ACTION, "preserved", Vars.ACTION_TAKEN, "Removal of the post ordered"));
  }

  @Test
  @Order(4)
  void aQuestionToTheReporter_isTheirOwnTask_withoutTheCasesVariables() {
    complete("ia", task(Elements.INVESTIGATE), Map.of(Vars.INVESTIGATION_STEP, "question",
        Vars.QUESTION, "When did you first see the post?"));
    Task question = partyTask();

    assertThat(caseTaskNames(REPORTER)).contains("Answer the investigator's question — case " + caseNumber)
        .filteredOn(name -> !isNotice(name)).hasSize(1);
    for (String user : List.of("ia", "chief", "designee", "supervisor", "employee", "hr", "pio", "auditor")) {
      assertThat(caseTaskNames(user)).as("tasks of the case %s sees", user).isEmpty();
    }

    Reply own = rest.get(REPORTER, "/task/" + question.getId() + "/variables");
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().path(Vars.QUESTION).path("value").asText()).isEqualTo("When did you first see the post?");
    assertThat(fieldNames(own.json())).doesNotContainAnyElementsOf(CASE_ONLY_VARIABLES);
    assertThat(rest.get(REPORTER, "/process-instance/" + instance.getId() + "/variables").status()).isEqualTo(403);
    assertThat(rest.get(REPORTER, "/process-instance/" + instance.getId() + "/variables/evidence/data").status())
        .isEqualTo(403);
    assertThat(rest.get(CONCERNED, "/task/" + question.getId()).status()).as("the reporter's task").isEqualTo(404);
    String notice = noticeTaskIdOf(REPORTER);
    assertThat(rest.get(REPORTER, "/task/" + notice).status()).isEqualTo(200);

    complete(REPORTER, question, Map.of(Vars.ANSWER, "On November 20, at about 22:00."));
  }

  @Test
  @Order(5)
  void atTheFinding_theEmployeeConcernedSeesOnlyTheirNotice_andReadsItsDocument() {
    complete("ia", task(Elements.INVESTIGATE), Map.of(Vars.INVESTIGATION_STEP, "finding", Vars.FINDING, "unfounded",
        Vars.INVESTIGATION_NOTES, "No such post"));
    runJob(Elements.ISSUE_FINDING_NOTICE);
    Task notice = partyTask();

    assertThat(caseTaskNames(CONCERNED)).containsExactly("Read the notice of finding — case " + caseNumber);
    assertThat(caseTaskNames(REPORTER)).allMatch(this::isNotice);
    for (String user : List.of("ia", "chief", "designee", "supervisor", "hr", "pio", "auditor")) {
      assertThat(caseTaskNames(user)).as("tasks of the case %s sees", user).isEmpty();
    }
    Reply own = rest.get(CONCERNED, "/task/" + notice.getId() + "/form-variables");
    assertThat(own.status()).isEqualTo(200);
    assertThat(fieldNames(own.json())).contains(Vars.FINDING_NOTICE).doesNotContainAnyElementsOf(CASE_ONLY_VARIABLES)
        .doesNotContain(Vars.INVESTIGATION_NOTES);
    var pdf = rest.getBytes(CONCERNED, "/task/" + notice.getId() + "/variables/" + Vars.FINDING_NOTICE + "/data");
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(rest.get(CONCERNED, "/process-instance/" + instance.getId() + "/variables").status()).isEqualTo(403);
    assertThat(rest.get(REPORTER, "/task/" + notice.getId()).status()).as("the employee's task").isEqualTo(404);
  }

  @Test
  @Order(6)
  void internalAffairsAndTheChiefSeeTheCaseAndItsHistory_auditorsOnlyItsHistory() {
    for (String user : List.of("ia", "chief")) {
      Reply variables = rest.get(user, "/process-instance/" + instance.getId() + "/variables");
      assertThat(variables.status()).as(user).isEqualTo(200);
      assertThat(variables.json().path(Vars.CASE_NUMBER).path("value").asText()).isEqualTo(caseNumber);
      assertThat(rest.get(user, "/history/process-instance/" + instance.getId()).status()).as(user).isEqualTo(200);
      assertThat(historicInstanceIds(user)).as(user).contains(instance.getId());
    }
    assertThat(rest.getBytes("ia", "/process-instance/" + instance.getId() + "/variables/evidence/data")
        .getStatusCode().value()).isEqualTo(200);

    assertThat(historicInstanceIds("auditor")).contains(instance.getId());
    assertThat(rest.get("auditor", "/history/process-instance/" + instance.getId()).status()).isEqualTo(200);
    assertThat(rest.get("auditor", "/process-instance/" + instance.getId() + "/variables").status()).isEqualTo(403);
    String evidence = historicEvidenceId();
    assertThat(rest.getBytes("auditor", "/history/variable-instance/" + evidence + "/data").getStatusCode().value())
        .isEqualTo(200);

    for (String user : List.of("designee", "supervisor", "employee", "employee2", "hr", "pio")) {
      assertThat(historicInstanceIds(user)).as(user).doesNotContain(instance.getId());
      assertThat(rest.get(user, "/history/process-instance/" + instance.getId()).status()).as(user).isEqualTo(404);
      assertThat(rest.getBytes(user, "/history/variable-instance/" + evidence + "/data").getStatusCode().value())
          .as(user).isIn(403, 404);
      Reply documents = rest.get(user, "/history/variable-instance?processInstanceId=" + instance.getId());
      assertThat(documents.status()).as(user).isEqualTo(200);
      assertThat(documents.json()).as("history variables %s reads", user).isEmpty();
    }
    assertOnlyTheseSeeTheCaseInstance("ia", "chief", "admin");
    for (String user : List.of("designee", "supervisor", "employee", "employee2", "hr", "pio")) {
      assertThat(caseDataListsReadBy(user)).as("lists with the case's data %s reads", user).isEmpty();
    }
    assertThat(caseDataListsReadBy("auditor")).as("history only").isNotEmpty().allMatch(l -> l.startsWith("/history/"));
    for (String user : List.of("ia", "chief")) {
      assertThat(caseDataListsReadBy(user)).as(user).contains("/variable-instance?processInstanceIdIn=%s",
          "/history/variable-instance?processInstanceId=%s", "/history/task?processInstanceId=%s");
    }
  }

  @Test
  @Order(7)
  void theAccessLogRecordsEveryOpening_andOnlyInternalAffairsAndAuditorsReadIt() {
    for (String user : List.of("chief", "designee", "supervisor", "employee", "employee2", "hr", "pio", "admin")) {
      Reply refused = accessLog(user);
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.message()).as(user).isEqualTo(
          "Only Internal Affairs and auditors read the access log of a violation case (§V).");
    }
    Reply byAuditor = accessLog("auditor");
    assertThat(byAuditor.status()).isEqualTo(200);
    Reply log = accessLog("ia");
    assertThat(log.status()).isEqualTo(200);
    // §V.C: the same rows, but auditors do not learn who the reporter is.
    assertThat(byAuditor.body()).doesNotContain(REPORTER).contains("(the reporter)");
    assertThat(byAuditor.json())
        .isEqualTo(new Reply(200, log.body().replace("\"" + REPORTER + "\"", "\"(the reporter)\"")).json());

    List<JsonNode> rows = StreamSupport.stream(log.json().spliterator(), false).toList();
    assertThat(rows).extracting(r -> r.path("user").asText(), r -> r.path("action").asText(), r -> r.path("detail").asText())
        .contains(
            tuple("supervisor", "TASK_OPENED", "Triage report"),
            tuple("supervisor", "DOCUMENT_DOWNLOADED", "evidence"),
            tuple("designee", "TASK_OPENED", "Take immediate action"),
            tuple(REPORTER, "TASK_OPENED", "Answer the investigator's question — case " + caseNumber),
            tuple(REPORTER, "TASK_OPENED", ReporterNotices.NOTICE_TASK_NAME),
            tuple(CONCERNED, "TASK_OPENED", "Answer the allegation — case " + caseNumber),
            tuple(CONCERNED, "DOCUMENT_DOWNLOADED", Vars.ALLEGATION_NOTICE),
            tuple(CONCERNED, "TASK_OPENED", "Read the notice of finding — case " + caseNumber),
            tuple(CONCERNED, "DOCUMENT_DOWNLOADED", Vars.FINDING_NOTICE),
            tuple("ia", "CASE_VIEWED", "process instance variables"),
            tuple("ia", "CASE_VIEWED", "process instance history"),
            tuple("ia", "DOCUMENT_DOWNLOADED", "evidence"),
            tuple("chief", "CASE_VIEWED", "process instance variables"),
            tuple("chief", "CASE_VIEWED", "process instance history"),
            tuple("auditor", "CASE_VIEWED", "process instance history"),
            tuple("auditor", "DOCUMENT_DOWNLOADED", "evidence"));
    // Tasklist's several calls to open one task are one row.
    assertThat(rows).filteredOn(r -> r.path("user").asText().equals("supervisor")
        && r.path("action").asText().equals("TASK_OPENED")).hasSize(1);
    // Refused calls opened nothing: no row for those refused, nor for the refused supervisor's view of the case.
    assertThat(rows).extracting(r -> r.path("user").asText()).doesNotContain("hr", "pio");
    assertThat(rows).filteredOn(r -> Set.of("supervisor", "designee", REPORTER, CONCERNED).contains(r.path("user").asText()))
        .extracting(r -> r.path("action").asText()).doesNotContain("CASE_VIEWED");
    assertThat(rows).filteredOn(r -> r.path("user").asText().equals(REPORTER))
        .extracting(r -> r.path("detail").asText()).doesNotContain("evidence");
    // Oldest first.
    List<String> times = rows.stream().map(r -> r.path("at").asText()).toList();
    assertThat(times).isSortedAccordingTo((a, b) -> java.time.OffsetDateTime.parse(a).compareTo(java.time.OffsetDateTime.parse(b)));
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** {@code /api} is behind the same HTTP basic filter as {@code /engine-rest}; its errors have the same shape. */
  private Reply accessLog(String user) {
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .getForEntity("/api/violation-cases/" + caseNumber + "/access-log", String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

  /** The names of the tasks of this case (its instance, its party processes, its notices) the user sees. */
  private List<String> caseTaskNames(String user) {
    Reply tasks = rest.get(user, "/task");
    assertThat(tasks.status()).as(user + ": " + tasks).isEqualTo(200);
    Set<String> processes = caseProcessIds();
    List<String> names = new ArrayList<>();
    for (JsonNode task : tasks.json()) {
      String name = task.path("name").asText();
      if (processes.contains(task.path("processInstanceId").asText())) {
        names.add(name);
      }
    }
    return names;
  }

  private boolean isNotice(String taskName) {
    return taskName.equals(ReporterNotices.NOTICE_TASK_NAME);
  }

  /** The case and the processes about it (party tasks, the reporter's questions and notices): its business key. */
  private Set<String> caseProcessIds() {
    Set<String> ids = new java.util.HashSet<>();
    engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
        .forEach(p -> ids.add(p.getId()));
    return ids;
  }

  private void assertOnlyTheseSeeTheCaseInstance(String... users) {
    List<String> allowed = List.of(users);
    for (String user : EVERYONE) {
      Reply list = rest.get(user, "/process-instance?processDefinitionKey=" + ViolationReporting.PROCESS_KEY);
      assertThat(list.status()).as(user).isEqualTo(200);
      List<String> ids = StreamSupport.stream(list.json().spliterator(), false).map(p -> p.path("id").asText()).toList();
      if (allowed.contains(user)) {
        assertThat(ids).as("case instances %s sees", user).contains(instance.getId());
      } else {
        assertThat(ids).as("case instances %s sees", user).isEmpty();
      }
    }
  }

  /** Which of {@link #CASE_DATA_LISTS} return anything of the case to the user. */
  private List<String> caseDataListsReadBy(String user) {
    List<String> nonEmpty = new ArrayList<>();
    for (String list : CASE_DATA_LISTS) {
      Reply reply = rest.get(user, String.format(list, instance.getId()));
      assertThat(reply.status()).as(user + " " + list + ": " + reply).isEqualTo(200);
      if (!reply.json().isEmpty()) {
        nonEmpty.add(list);
      }
    }
    return nonEmpty;
  }

  private List<String> historicInstanceIds(String user) {
    Reply list = rest.get(user, "/history/process-instance?processDefinitionKey=" + ViolationReporting.PROCESS_KEY);
    assertThat(list.status()).as(user).isEqualTo(200);
    return StreamSupport.stream(list.json().spliterator(), false).map(p -> p.path("id").asText()).toList();
  }

  private String historicEvidenceId() {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(Vars.EVIDENCE).disableBinaryFetching().singleResult().getId();
  }

  private String noticeTaskIdOf(String user) {
    return engine.getTaskService().createTaskQuery().taskAssignee(user).processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(Elements.READ_NOTICE).list().get(0).getId();
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private Task task(String element) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(element).singleResult();
    assertThat(task).as("open task " + element).isNotNull();
    return task;
  }

  private Task partyTask() {
    ProcessInstance party = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    assertThat(party).as("the party process of the case").isNotNull();
    return engine.getTaskService().createTaskQuery().processInstanceId(party.getId()).singleResult();
  }

  private void complete(String user, Task task, Map<String, Object> variables) {
    staff.as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), new HashMap<>(variables));
    });
  }

  private void runJob(String element) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(element).singleResult();
    assertThat(job).as("the job of " + element).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }
}
