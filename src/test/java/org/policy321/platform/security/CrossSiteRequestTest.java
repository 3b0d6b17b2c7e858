package org.policy321.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.security.BrowserLikeClient.pageOf;
import static org.policy321.platform.security.BrowserLikeClient.withBasic;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval;
import org.policy321.platform.rest.EngineRest;
import org.policy321.testing.ActiveApprovals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 10, item 7: a page of another site cannot make a browser change anything through
 * {@code /engine-rest} or {@code /api}, whatever credentials the browser holds, while Camunda
 * Modeler, scripts and the application's own pages go on working. Over real HTTP, with the headers
 * browsers send ({@code Origin}, {@code Sec-Fetch-Site}); the refusal comes before the engine, and
 * nothing is changed.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class CrossSiteRequestTest {

  private static final String EVIL = "http://evil.example";
  private static final String PASSWORD = EngineRest.DEMO_PASSWORD;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private BrowserLikeClient client;
  private String deploymentName;

  @BeforeEach
  void setUp() {
    EngineRest.serve(engine);
    client = new BrowserLikeClient(port);
    deploymentName = "crosssite-" + UUID.randomUUID();
  }

  @AfterEach
  void removeWhatATestDeployed() {
    engine.getRepositoryService().createDeploymentQuery().deploymentName(deploymentName).list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }

  // --- /engine-rest ----------------------------------------------------------------------------

  @Test
  void deploymentFromAnotherSiteIsRefusedEvenWithTheAdministratorsCredentials() {
    ResponseEntity<String> answer = deploy(withBasic(pageOf(EVIL, "cross-site"), "admin", PASSWORD));

    assertRefusedAsCrossSite(answer, EVIL);
    assertThat(deployments()).as("deployments named " + deploymentName).isZero();
  }

  @Test
  void deploymentFromCamundaModelerIsAccepted() {
    // Camunda Modeler deploys from its Node.js process: basic credentials, unasked; no Origin, no Sec-Fetch-*.
    HttpHeaders modeler = withBasic(new HttpHeaders(), "admin", PASSWORD);
    modeler.set(HttpHeaders.USER_AGENT, "node-fetch");

    ResponseEntity<String> answer = deploy(modeler);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(deployments()).isEqualTo(1);
  }

  @Test
  void deploymentFromAPageOfThisApplicationIsAccepted() {
    ResponseEntity<String> answer = deploy(withBasic(pageOf(client.baseUrl, "same-origin"), "admin", PASSWORD));

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(deployments()).isEqualTo(1);
  }

  @Test
  void startFromAnotherSiteAsAnEmployeeIsRefusedAndNothingStarts() {
    long before = instancesOf(DepictionApproval.PROCESS_KEY);
    HttpHeaders headers = withBasic(pageOf(EVIL, "cross-site"), "employee", PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> answer = client.send(HttpMethod.POST,
        EngineRest.BASE + "/process-definition/key/" + DepictionApproval.PROCESS_KEY + "/start", headers, json(Map.of(
            "variables", Map.of("proposedUsage", EngineRest.string("A photograph in uniform"),
                "purpose", EngineRest.string("Recruiting"), "depictions", EngineRest.string("uniform"),
                "platform", EngineRest.string("Blog")))));

    assertRefusedAsCrossSite(answer, EVIL);
    assertThat(instancesOf(DepictionApproval.PROCESS_KEY)).isEqualTo(before);
  }

  @Test
  void completionFromASameSitePageWithoutOriginIsRefusedAndTheTaskStaysOpen() {
    // Another port of the same host is the same site but another origin; a browser that sends no
    // Origin still says where the request comes from in Sec-Fetch-Site.
    Task task = taskOf("employee");
    HttpHeaders headers = withBasic(pageOf(null, "same-site"), "employee", PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> answer = client.send(HttpMethod.POST, EngineRest.BASE + "/task/" + task.getId() + "/complete",
        headers, "{}");

    assertRefusedAsCrossSite(answer, "a same-site page");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("the task, still open").isEqualTo(1);
  }

  /** Refused before authentication: another site's page cannot use up a user's failed-login budget either. */
  @Test
  void refusalComesBeforeThePasswordIsChecked() {
    String userId = "crosssite" + UUID.randomUUID().toString().replace("-", "");
    User user = engine.getIdentityService().newUser(userId);
    user.setPassword("right-password");
    engine.getIdentityService().saveUser(user);
    try {
      HttpHeaders headers = withBasic(pageOf(EVIL, "cross-site"), userId, "wrong-password");
      headers.setContentType(MediaType.APPLICATION_JSON);

      assertRefusedAsCrossSite(client.send(HttpMethod.POST, EngineRest.BASE + "/task/create", headers, "{}"), EVIL);
      UserEntity stored = (UserEntity) engine.getIdentityService().createUserQuery().userId(userId).singleResult();
      assertThat(stored.getAttempts()).as("failed logins counted").isZero();
    } finally {
      engine.getIdentityService().deleteUser(userId);
    }
  }

  @Test
  void browserWithoutCredentialsIsNotAskedForHttpBasicButScriptsAre() {
    ResponseEntity<String> browser = client.send(HttpMethod.GET, EngineRest.BASE + "/task", pageOf(null, "none"), null);
    assertThat(browser.getStatusCode().value()).isEqualTo(401);
    assertThat(browser.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).as("a challenge a browser would prompt for").isNull();
    assertThat(message(browser)).contains("/engine-rest is for scripts and Camunda Modeler");

    HttpHeaders script = new HttpHeaders();
    script.set(HttpHeaders.USER_AGENT, "curl/8.5.0");
    ResponseEntity<String> curl = client.send(HttpMethod.GET, EngineRest.BASE + "/task", script, null);
    assertThat(curl.getStatusCode().value()).isEqualTo(401);
    assertThat(curl.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  // --- /api ------------------------------------------------------------------------------------

  @Test
  void apiAnswersABrowserWithoutSignInWith401AndWhereToSignInNotWithABasicChallenge() {
    HttpHeaders navigation = pageOf(null, "none");
    navigation.set("Sec-Fetch-Mode", "navigate");
    navigation.setAccept(java.util.List.of(MediaType.TEXT_HTML));

    for (HttpHeaders browser : new HttpHeaders[] {pageOf(null, "same-origin"), navigation}) {
      ResponseEntity<String> answer = client.send(HttpMethod.GET, "/api/approvals", browser, null);
      assertThat(answer.getStatusCode().value()).isEqualTo(401);
      assertThat(answer.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
      assertThat(message(answer)).startsWith("Sign in to Tasklist first");
    }
  }

  @Test
  void apiStillTakesHttpBasicFromScripts() {
    HttpHeaders script = withBasic(new HttpHeaders(), "employee", PASSWORD);
    script.set(HttpHeaders.USER_AGENT, "curl/8.5.0");

    ResponseEntity<String> answer = client.send(HttpMethod.GET, "/api/approvals", script, null);

    assertThat(answer.getStatusCode().value()).isEqualTo(200);
    assertThat(answer.getBody()).startsWith("[");
  }

  @Test
  void approvalsAreServedToTheTasklistSessionAsItsUserWithItsCsrfToken() {
    EngineRest.serveWebapps(engine);
    ActiveApprovals approvals = new ActiveApprovals(engine);
    String mine = approvals.active("employee");
    String theirs = approvals.active("employee2");
    String token = client.signInToTasklist("employee", PASSWORD);

    ResponseEntity<String> answer = client.send(HttpMethod.GET, "/api/approvals", pageOf(null, "same-origin"), null);

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    assertThat(answer.getBody()).contains(mine).doesNotContain(theirs);
    assertThat(answer.getHeaders().getFirst(BrowserLikeClient.CSRF_HEADER)).isEqualTo(token);

    client.signOutOfTasklist(token);
    ResponseEntity<String> afterSignOut = client.send(HttpMethod.GET, "/api/approvals", pageOf(null, "same-origin"), null);
    assertThat(afterSignOut.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aChangeThroughTheTasklistSessionNeedsItsCsrfToken() {
    EngineRest.serveWebapps(engine);
    String token = client.signInToTasklist("chief", PASSWORD);

    ResponseEntity<String> withoutToken = client.send(HttpMethod.POST, "/api/approvals",
        pageOf(client.baseUrl, "same-origin"), null);
    assertThat(withoutToken.getStatusCode().value()).isEqualTo(403);
    assertThat(type(withoutToken)).isEqualTo(WebappSessionCsrfFilter.REFUSED_TYPE);
    assertThat(message(withoutToken)).contains("security token", "Nothing was changed");

    HttpHeaders withToken = pageOf(client.baseUrl, "same-origin");
    withToken.set(BrowserLikeClient.CSRF_HEADER, token);
    ResponseEntity<String> passed = client.send(HttpMethod.POST, "/api/approvals", withToken, null);
    assertThat(passed.getStatusCode().value()).as("past the token check, to the list, which takes no POST").isEqualTo(405);
  }

  @Test
  void aChangeThroughTheTasklistSessionFromAnotherSiteIsRefused() {
    EngineRest.serveWebapps(engine);
    String token = client.signInToTasklist("chief", PASSWORD);
    HttpHeaders evil = pageOf(EVIL, "cross-site");
    evil.set(BrowserLikeClient.CSRF_HEADER, token);

    assertRefusedAsCrossSite(client.send(HttpMethod.POST, "/api/approvals", evil, null), EVIL);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ResponseEntity<String> deploy(HttpHeaders headers) {
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", deploymentName);
    form.add("deployment-source", "Camunda Modeler");
    form.add("deploy-changed-only", "true");
    form.add("crosssite.bpmn", new ByteArrayResource(diagram().getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "crosssite.bpmn";
      }
    });
    return client.send(HttpMethod.POST, EngineRest.BASE + "/deployment/create", headers, form);
  }

  /** A diagram of its own for each test, so that duplicate filtering never hides a deployment. */
  private String diagram() {
    String key = "crosssite_" + deploymentName.substring("crosssite-".length()).replace("-", "");
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="http://policy321.org/test">
          <process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <startEvent id="start"/>
            <sequenceFlow id="flow" sourceRef="start" targetRef="end"/>
            <endEvent id="end"/>
          </process>
        </definitions>
        """.formatted(key);
  }

  private long deployments() {
    return engine.getRepositoryService().createDeploymentQuery().deploymentName(deploymentName).count();
  }

  private long instancesOf(String processKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  /** A task of the user's own, which they could complete. */
  private Task taskOf(String user) {
    Task task = engine.getTaskService().newTask();
    task.setName("Cross-site test task");
    task.setAssignee(user);
    engine.getTaskService().saveTask(task);
    return task;
  }

  private static void assertRefusedAsCrossSite(ResponseEntity<String> answer, String namedSite) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
    assertThat(type(answer)).isEqualTo(CrossSiteRequestFilter.REFUSED_TYPE);
    assertThat(message(answer)).contains(namedSite, "Nothing was changed");
  }

  private static String type(ResponseEntity<String> answer) {
    return body(answer).path("type").asText();
  }

  private static String message(ResponseEntity<String> answer) {
    return body(answer).path("message").asText();
  }

  private static JsonNode body(ResponseEntity<String> answer) {
    try {
      return new ObjectMapper().readTree(answer.getBody());
    } catch (Exception e) {
      throw new AssertionError("Not JSON (" + answer.getStatusCode() + "): " + answer.getBody(), e);
    }
  }

  private static String json(Object value) {
    try {
      return new ObjectMapper().writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
