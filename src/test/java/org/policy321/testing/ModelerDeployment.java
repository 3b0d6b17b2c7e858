package org.policy321.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Deploys a diagram the way Camunda Modeler 5 does for Camunda 7 (README "Changing a process"): a multipart
 * {@code POST /engine-rest/deployment/create} as the given user, carrying the {@code .bpmn} alone. Remembers what
 * it deployed, so that a test deletes it afterwards and the context's later tests start the application's own version.
 */
public final class ModelerDeployment {

  private final TestRestTemplate template;
  private final List<String> deployed = new ArrayList<>();

  public ModelerDeployment(TestRestTemplate template) {
    this.template = template;
  }

  /** The diagram alone, under its name in the application ({@code bpmn/depiction-approval.bpmn}). */
  public Reply deploy(String user, String resourceName, String bpmn) {
    return deploy(user, parts(resourceName, bpmn));
  }

  /** Any parts, such as Modeler's with a form added ({@link #file}); the reply as it comes, refusals included. */
  public Reply deploy(String user, MultiValueMap<String, Object> parts) {
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

  /** Deletes what was deployed here, with its process instances and history. */
  public void deleteDeployed(RepositoryService repository) {
    deployed.forEach(id -> repository.deleteDeployment(id, true));
    deployed.clear();
  }

  /** The parts Camunda Modeler 5 sends for a Camunda 7 deployment; the deployment is named after the file. */
  public static MultiValueMap<String, Object> parts(String resourceName, String bpmn) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", Path.of(resourceName).getFileName().toString().replace(".bpmn", ""));
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "false");
    parts.add(resourceName, file(resourceName, bpmn.getBytes(StandardCharsets.UTF_8)));
    return parts;
  }

  /** One file of a multipart deployment, under its resource name. */
  public static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
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

  /** The id of the (one) process definition a deployment's reply names. */
  public static String definitionId(Reply deployment) {
    return deployment.json().path("deployedProcessDefinitions").fieldNames().next();
  }

  /** A file as the application ships it, such as the diagram an administrator edits or a form. */
  public static String applicationResource(String name) throws IOException {
    return new String(new ClassPathResource(name).getContentAsByteArray(), StandardCharsets.UTF_8);
  }
}
