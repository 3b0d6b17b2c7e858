package org.policy321.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.policy321.testing.ModelerDeployment.applicationResource;
import static org.policy321.testing.ModelerDeployment.definitionId;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.MemoOverRest;
import org.policy321.testing.ModelerDeployment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.MultiValueMap;

/**
 * An administrator changes a diagram in Camunda Modeler and deploys it the way Modeler does: a multipart
 * {@code POST /engine-rest/deployment/create} as {@code admin} carrying the {@code .bpmn} alone. The new version
 * runs and every form it names loads through {@code /engine-rest}, taken from the application's {@code forms/}
 * (README "Changing a process"); ModelerDeploymentBrowserIT opens such a task in Tasklist. Each test deletes what it
 * deployed: the context's later tests start the application's own version.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class ModelerDeploymentRestTest {

  private static final String DIAGRAM = "bpmn/depiction-approval.bpmn";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  private EngineRest rest;
  private ModelerDeployment modeler;

  @BeforeEach
  void serve() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
    modeler = new ModelerDeployment(template);
  }

  @AfterEach
  void deleteWhatWasDeployed() {
    modeler.deleteDeployed(engine.getRepositoryService());
  }

  @Test
  void aRenamedTaskDeployedAloneFromModelerRuns_andEveryFormItNamesLoads() throws IOException {
    String edited = diagram().replace("name=\"Decide on memo\"", "name=\"Decide on the memo\"");

    Reply deployed = modeler.deploy("admin", DIAGRAM, edited);
    JsonNode deployment = deployed.json();
    String definitionId = definitionId(deployed);

    Set<String> resources = resourceNames(deployment.path("id").asText());
    assertThat(resources).contains(DIAGRAM).containsAll(DeployedFormKeys.of(edited.getBytes(StandardCharsets.UTF_8)));
    assertThat(startForm(definitionId)).isEqualTo(applicationResource("forms/submit-memo.html"));

    Reply started = rest.post("employee", "/process-definition/" + definitionId + "/submit-form",
        withVariables(MemoOverRest.variables()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().path("id").asText();
    generateTheMemorandum(instanceId);

    JsonNode decision = onlyTask("chief", instanceId, "Task_DecideOnMemo");
    assertThat(decision.path("name").asText()).isEqualTo("Decide on the memo");
    assertThat(deployedForm("chief", decision)).isEqualTo(applicationResource("forms/decide-on-memo.html"));
    JsonNode withdrawal = onlyTask("employee", instanceId, "Task_WithdrawRequest");
    assertThat(deployedForm("employee", withdrawal)).isEqualTo(applicationResource("forms/withdraw-request.html"));
  }

  @Test
  void aFormDeployedWithTheDiagramWinsOverTheApplications() throws IOException {
    String ownForm = "<form role=\"form\"><p>The department's own memo form</p></form>";
    MultiValueMap<String, Object> parts = ModelerDeployment.parts(DIAGRAM, diagram());
    parts.add("forms/submit-memo.html",
        ModelerDeployment.file("forms/submit-memo.html", ownForm.getBytes(StandardCharsets.UTF_8)));

    Reply deployed = modeler.deploy("admin", parts);

    assertThat(startForm(definitionId(deployed))).isEqualTo(ownForm);
    assertThat(resourceNames(deployed.json().path("id").asText())).contains("forms/decide-on-memo.html");
  }

  @Test
  void aFormKeyOutsideFormsTakesNothingFromTheApplication() throws IOException {
    String edited = diagram().replace("embedded:deployment:forms/decide-on-memo.html",
        "embedded:deployment:forms/../application.yaml");

    JsonNode deployment = modeler.deploy("admin", DIAGRAM, edited).json();

    Set<String> resources = resourceNames(deployment.path("id").asText());
    assertThat(resources).contains("forms/submit-memo.html")
        .noneMatch(name -> name.contains("application") || name.contains(".."));
  }

  @Test
  void onlyAnAdministratorDeploys_anEmployeeIsRefusedAndNothingIsDeployed() throws IOException {
    long before = engine.getRepositoryService().createDeploymentQuery().count();

    Reply refused = modeler.deploy("employee", DIAGRAM, diagram());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
  }

  /** The memorandum is made after the start's transaction (asynchronous continuation); tests run no job executor. */
  private void generateTheMemorandum(String instanceId) {
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instanceId).singleResult().getId());
  }

  private Set<String> resourceNames(String deploymentId) {
    Set<String> names = new TreeSet<>();
    rest.get("admin", "/deployment/" + deploymentId + "/resources").json()
        .forEach(resource -> names.add(resource.path("name").asText()));
    return names;
  }

  private JsonNode onlyTask(String user, String instanceId, String taskDefinitionKey) {
    JsonNode tasks = rest.get(user, "/task?processInstanceId=" + instanceId + "&taskDefinitionKey="
        + taskDefinitionKey).json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  private String deployedForm(String user, JsonNode task) {
    return form(user, "/task/" + task.path("id").asText() + "/deployed-form");
  }

  private String startForm(String definitionId) {
    return form("employee", "/process-definition/" + definitionId + "/deployed-start-form");
  }

  /** A form as Tasklist loads it: 200 and the form's text. */
  private String form(String user, String path) {
    ResponseEntity<byte[]> form = rest.getBytes(user, path);
    assertThat(form.getStatusCode().value()).as(path).isEqualTo(200);
    return new String(form.getBody(), StandardCharsets.UTF_8);
  }

  private static String diagram() throws IOException {
    return applicationResource(DIAGRAM);
  }
}
