package org.policy321.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Calls {@code /engine-rest} as one of the demo users (HTTP basic, password "demo"), the way a
 * REST client of the engine does. Responses are returned as they come, errors included.
 */
public final class EngineRest {

  public static final String BASE = "/engine-rest";
  public static final String DEMO_PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate template;

  public EngineRest(TestRestTemplate template) {
    this.template = template;
  }

  /**
   * Points {@code /engine-rest} at the given engine (this test's Spring context's engine). The REST
   * API and its authentication filter find their engine in Camunda's JVM-wide registry
   * ({@link ProcessEngines}, keyed by name), not in the Spring context; every Spring test context
   * in the JVM registers an engine named "default", and the last one built wins. Without this, a
   * test class that runs after another context was built would call another context's engine and
   * database over HTTP while reading its own through the Java API.
   */
  public static void serve(ProcessEngine engine) {
    if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
      ProcessEngines.registerProcessEngine(engine);
    }
    assertThat(ProcessEngines.getProcessEngine(engine.getName())).isSameAs(engine);
  }

  /**
   * {@link #serve} for the webapps too (Tasklist's login, Cockpit, Admin): they reach the engine through
   * JVM-wide runtime delegates that the starter sets when a web application starts and clears when one
   * stops — so after any other test's application has stopped they are gone. Puts Camunda's defaults back.
   */
  public static void serveWebapps(ProcessEngine engine) {
    serve(engine);
    if (org.camunda.bpm.cockpit.Cockpit.getRuntimeDelegate() == null) {
      org.camunda.bpm.cockpit.Cockpit.setCockpitRuntimeDelegate(new org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate());
    }
    if (org.camunda.bpm.admin.Admin.getRuntimeDelegate() == null) {
      org.camunda.bpm.admin.Admin.setAdminRuntimeDelegate(new org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate());
    }
    if (org.camunda.bpm.tasklist.Tasklist.getRuntimeDelegate() == null) {
      org.camunda.bpm.tasklist.Tasklist.setTasklistRuntimeDelegate(new org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate());
    }
    if (org.camunda.bpm.welcome.Welcome.getRuntimeDelegate() == null) {
      org.camunda.bpm.welcome.Welcome.setRuntimeDelegate(new org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate());
    }
  }

  public Reply get(String user, String path) {
    return exchange(user, HttpMethod.GET, BASE + path, null);
  }

  public Reply post(String user, String path, Object body) {
    return exchange(user, HttpMethod.POST, BASE + path, body);
  }

  /** A call of the application's own API ({@code /api/...}, the path given whole) as a script would: HTTP basic, JSON. */
  public Reply api(String user, HttpMethod method, String path, Object body) {
    return exchange(user, method, path, body);
  }

  public ResponseEntity<byte[]> getBytes(String user, String path) {
    return template.withBasicAuth(user, DEMO_PASSWORD)
        .exchange(BASE + path, HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), byte[].class);
  }

  private Reply exchange(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    String json = null;
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
      try {
        json = JSON.writeValueAsString(body);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(e);
      }
    }
    ResponseEntity<String> response = template.withBasicAuth(user, DEMO_PASSWORD)
        .exchange(path, method, new HttpEntity<>(json, headers), String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

  /** The task filters the user sees, by name, in Tasklist's order: the filters' priority property, lowest first. */
  public List<String> taskFilterNames(String user) {
    return taskFilters(user).stream().map(filter -> filter.get("name").asText()).toList();
  }

  /** The ids of the tasks the user's filter of that name lists. */
  public List<String> taskIdsInFilter(String user, String filterName) {
    JsonNode filter = taskFilters(user).stream().filter(f -> f.get("name").asText().equals(filterName)).findFirst()
        .orElseThrow(() -> new AssertionError(user + " does not see " + filterName));
    Reply tasks = get(user, "/filter/" + filter.get("id").asText() + "/list?maxResults=1000");
    assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    tasks.json().forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }

  private List<JsonNode> taskFilters(String user) {
    Reply reply = get(user, "/filter?resourceType=Task");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonNode> filters = new ArrayList<>();
    reply.json().forEach(filters::add);
    filters.sort((a, b) -> Integer.compare(a.get("properties").get("priority").asInt(),
        b.get("properties").get("priority").asInt()));
    return filters;
  }

  /** Camunda's {@code {"variables": {...}}} body. */
  public static Map<String, Object> withVariables(Map<String, Object> variables) {
    return Map.of("variables", variables);
  }

  /** A typed variable value as the REST API takes it. */
  public static Map<String, Object> string(String value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    typed.put("type", "String");
    return typed;
  }

  /** A File variable: {"type":"File","value":"base64","valueInfo":{"filename":..,"mimetype":..}}. */
  public static Map<String, Object> file(String fileName, String mimeType, byte[] content) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("type", "File");
    typed.put("value", Base64.getEncoder().encodeToString(content));
    typed.put("valueInfo", Map.of("filename", fileName, "mimetype", mimeType));
    return typed;
  }

  /** Status and body of one call; {@link #json()} parses the body, {@link #message()} an error's message. */
  public record Reply(int status, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body == null ? "null" : body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("Not JSON (status " + status + "): " + body, e);
      }
    }

    /** The {@code message} of Camunda's error body {@code {"type":..,"message":..}}. */
    public String message() {
      JsonNode message = json().get("message");
      return message == null ? null : message.asText();
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
