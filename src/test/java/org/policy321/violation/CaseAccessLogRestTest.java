package org.policy321.violation;

import org.policy321.violation.accesslog.CaseAccessLog;
import org.policy321.violation.accesslog.CaseAccessAction;
import org.policy321.violation.accesslog.CaseAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The case access log itself (§V "Who sees what"): repeats collapse within a minute, other
 * processes are never logged, the webapps' engine API (Tasklist's) is logged like /engine-rest,
 * and the case view of /api logs its own opening.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class CaseAccessLogRestTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired CaseAccessLog accessLog;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  EngineRest rest;
  Staff staff;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serveWebapps(engine);
    rest = new EngineRest(template);
    staff = new Staff(engine.getIdentityService());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void openingTheSameTaskAgainWithinAMinuteIsOneRow_afterAMinuteANewOne() {
    ProcessInstance instance = reportRoutedToSupervisor();
    String caseNumber = instance.getBusinessKey();
    Task triage = triageTask(instance);

    assertThat(rest.get("supervisor", "/task/" + triage.getId()).status()).isEqualTo(200);
    assertThat(rest.get("supervisor", "/task/" + triage.getId() + "/form").status()).isEqualTo(200);
    assertThat(rest.get("supervisor", "/task/" + triage.getId() + "/form-variables").status()).isEqualTo(200);
    assertThat(accessLog.of(caseNumber)).hasSize(1);

    later(CaseAccessLog.REPEATS_COLLAPSE_WITHIN.plusSeconds(1));
    assertThat(rest.get("supervisor", "/task/" + triage.getId() + "/variables").status()).isEqualTo(200);

    assertThat(accessLog.of(caseNumber))
        .extracting(CaseAccess::userId, CaseAccess::action, CaseAccess::detail, CaseAccess::processInstanceId)
        .containsExactly(tuple("supervisor", CaseAccessAction.TASK_OPENED, "Triage report", instance.getId()),
            tuple("supervisor", CaseAccessAction.TASK_OPENED, "Triage report", instance.getId()));
    assertThat(accessLog.of(caseNumber).get(1).accessedAt())
        .isAfter(accessLog.of(caseNumber).get(0).accessedAt().plus(CaseAccessLog.REPEATS_COLLAPSE_WITHIN));
  }

  @Test
  void openingsOfOtherProcessesAndTasksAreNotLogged() {
    Task other = engine.getTaskService().newTask();
    other.setName("Check the duty roster");
    other.setAssignee("hr");
    engine.getTaskService().saveTask(other);
    long rowsBefore = accessRows();

    assertThat(rest.get("hr", "/task/" + other.getId()).status()).isEqualTo(200);
    assertThat(rest.get("hr", "/task/" + other.getId() + "/variables").status()).isEqualTo(200);
    assertThat(rest.get("admin", "/task/" + other.getId()).status()).isEqualTo(200);

    assertThat(accessRows()).isEqualTo(rowsBefore);
  }

  @Test
  void aRefusedOpeningIsNotLogged() {
    ProcessInstance instance = reportRoutedToSupervisor();
    Task triage = triageTask(instance);

    assertThat(rest.get("hr", "/task/" + triage.getId()).status()).isEqualTo(404);
    assertThat(rest.get("hr", "/process-instance/" + instance.getId() + "/variables").status()).isEqualTo(403);

    assertThat(accessLog.of(instance.getBusinessKey())).isEmpty();
  }

  @Test
  void tasklistsEngineApiIsLoggedWithTheSignedInUser() throws Exception {
    ProcessInstance instance = reportRoutedToSupervisor();
    Task triage = triageTask(instance);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    signInToTasklist(browser, "supervisor");

    HttpResponse<String> opened = browser.send(HttpRequest.newBuilder(
        url("/camunda/api/engine/engine/default/task/" + triage.getId() + "/form-variables")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    assertThat(accessLog.of(instance.getBusinessKey()))
        .extracting(CaseAccess::userId, CaseAccess::action, CaseAccess::detail)
        .containsExactly(tuple("supervisor", CaseAccessAction.TASK_OPENED, "Triage report"));
  }

  @Test
  void theCaseViewIsForInternalAffairsAndTheChief_andLogsItsOpening() {
    ProcessInstance instance = reportRoutedToSupervisor();
    String caseNumber = instance.getBusinessKey();

    Reply byChief = api("chief", "/api/violation-cases/" + caseNumber.toLowerCase());
    assertThat(byChief.status()).isEqualTo(200);
    assertThat(byChief.json().path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(byChief.json().path("reporter").asText()).as("§V.C: the Chief may know who reported").isEqualTo("employee2");
    assertThat(api("ia", "/api/violation-cases/" + caseNumber).json().path("reporter").asText()).isEqualTo("employee2");
    for (String user : new String[] {"designee", "supervisor", "employee2", "auditor", "hr"}) {
      Reply refused = api(user, "/api/violation-cases/" + caseNumber);
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.message()).isEqualTo("Only Internal Affairs and the Chief of Police see violation cases (§V).");
    }
    Reply unknown = api("ia", "/api/violation-cases/VR-1999-0001");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).isEqualTo("There is no violation case VR-1999-0001.");
    assertThat(api("ia", "/api/violation-cases/VR-1999-0001/access-log").status()).isEqualTo(404);

    assertThat(accessLog.of(caseNumber)).extracting(CaseAccess::userId, CaseAccess::action, CaseAccess::detail)
        .containsExactly(tuple("chief", CaseAccessAction.CASE_VIEWED, "case record"),
            tuple("ia", CaseAccessAction.CASE_VIEWED, "case record"));
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ProcessInstance reportRoutedToSupervisor() {
    var report = ViolationTestSupport.report("someone on the night shift", "supervisor", false);
    return staff.as("employee2", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, report));
  }

  private Task triageTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ViolationReporting.Elements.TRIAGE_REPORT).singleResult();
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  private Reply api(String user, String path) {
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForEntity(path, String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

  /** As Tasklist's login page does: a GET hands out the CSRF token, the login POST sends it back. */
  private void signInToTasklist(HttpClient browser, String user) throws IOException, InterruptedException {
    HttpResponse<String> first = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    String token = first.headers().firstValue("X-XSRF-TOKEN").orElseThrow(() -> new AssertionError("no CSRF token"));
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
        url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + EngineRest.DEMO_PASSWORD))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private long accessRows() {
    return jdbc.queryForObject("select count(*) from case_access", Long.class);
  }
}
