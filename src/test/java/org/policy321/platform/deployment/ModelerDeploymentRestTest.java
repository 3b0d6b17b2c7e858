package org.policy321.platform.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.MemoOverRest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An administrator changes a diagram in Camunda Modeler and deploys it the way Modeler does: a multipart
 * {@code POST /engine-rest/deployment/create} as {@code admin} carrying the {@code .bpmn} alone. The new version
 * runs and every form it names loads through {@code /engine-rest}, taken from the application's {@code forms/}
 * (README "Changing a process"). Each test deletes what it deployed: the context's later tests start the
 * application's own version.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class ModelerDeploymentRestTest {

  private static final String DIAGRAM = "bpmn/depiction-approval.bpmn";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  private EngineRest rest;
  private final List<String> deployed = new ArrayList<>();

  @BeforeEach
  void serve() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
  }

  @AfterEach
  void deleteWhatWasDeployed() {
    deployed.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
  }

  @Test
  void aRenamedTaskDeployedAloneFromModelerRuns_andEveryFormItNamesLoads() throws IOException {
    String edited = diagram().replace("name=\"Decide on memo\"", "name=\"Decide on the memo\"");

    JsonNode deployment = deployAsModelerDoes("admin", edited).json();
    String definitionId = deployment.path("deployedProcessDefinitions").fieldNames().next();

    Set<String> resources = resourceNames(deployment.path("id").asText());
    assertThat(resources).contains(DIAGRAM).containsAll(DeployedFormKeys.of(edited.getBytes(StandardCharsets.UTF_8)));
    assertThat(startForm(definitionId)).isEqualTo(applicationForm("forms/submit-memo.html"));

    Reply started = rest.post("employee", "/process-definition/" + definitionId + "/submit-form",
        withVariables(MemoOverRest.variables()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instanceId = started.json().path("id").asText();
    generateTheMemorandum(instanceId);

    JsonNode decision = onlyTask("chief", instanceId, "Task_DecideOnMemo");
    assertThat(decision.path("name").asText()).isEqualTo("Decide on the memo");
    assertThat(deployedForm("chief", decision)).isEqualTo(applicationForm("forms/decide-on-memo.html"));
    JsonNode withdrawal = onlyTask("employee", instanceId, "Task_WithdrawRequest");
    assertThat(deployedForm("employee", withdrawal)).isEqualTo(applicationForm("forms/withdraw-request.html"));
  }

  @Test
  void aFormDeployedWithTheDiagramWinsOverTheApplications() throws IOException {
    String ownForm = "<form role=\"form\"><p>The department's own memo form</p></form>";
    MultiValueMap<String, Object> parts = modelerParts(diagram());
    parts.add("forms/submit-memo.html", file("forms/submit-memo.html", ownForm.getBytes(StandardCharsets.UTF_8)));

    JsonNode deployment = deploy("admin", parts).json();
    String definitionId = deployment.path("deployedProcessDefinitions").fieldNames().next();

    assertThat(startForm(definitionId)).isEqualTo(ownForm);
    assertThat(resourceNames(deployment.path("id").asText())).contains("forms/decide-on-memo.html");
  }

  @Test
  void aFormKeyOutsideFormsTakesNothingFromTheApplication() throws IOException {
    String edited = diagram().replace("embedded:deployment:forms/decide-on-memo.html",
        "embedded:deployment:forms/../application.yaml");

    JsonNode deployment = deployAsModelerDoes("admin", edited).json();

    Set<String> resources = resourceNames(deployment.path("id").asText());
    assertThat(resources).contains("forms/submit-memo.html")
        .noneMatch(name -> name.contains("application") || name.contains(".."));
  }

  @Test
  void onlyAnAdministratorDeploys_anEmployeeIsRefusedAndNothingIsDeployed() throws IOException {
    long before = engine.getRepositoryService().createDeploymentQuery().count();

    Reply refused = deployAsModelerDoes("employee", diagram());

    assertThat(refused.status()).isEqualTo(403);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
  }

  private Reply deployAsModelerDoes(String user, String bpmn) {
    return deploy(user, modelerParts(bpmn));
  }

  private Reply deploy(String user, MultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .postForEntity(EngineRest.BASE + "/deployment/create", new HttpEntity<>(parts, headers), String.class);
    Reply reply = new Reply(response.getStatusCode().value(), response.getBody());
    if (reply.status() == 200) {
      deployed.add(reply.json().path("id").asText());
    }
    return reply;
  }

  /** The parts Camunda Modeler 5 sends for a Camunda 7 deployment. */
  private static MultiValueMap<String, Object> modelerParts(String bpmn) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "depiction-approval");
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "false");
    parts.add(DIAGRAM, file(DIAGRAM, bpmn.getBytes(StandardCharsets.UTF_8)));
    return parts;
  }

  private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.setContentDispositionFormData(name, name);
    return new HttpEntity<>(new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    }, headers);
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
    return applicationForm(DIAGRAM);
  }

  private static String applicationForm(String name) throws IOException {
    return new String(new ClassPathResource(name).getContentAsByteArray(), StandardCharsets.UTF_8);
  }
}
