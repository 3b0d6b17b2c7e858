package org.policy321.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Operations: health of the database, engine and job executor for anyone; metrics for administrators. */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
class ActuatorTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
  }

  @Test
  void healthShowsEachComponentsStatusAndNoDetails() {
    ResponseEntity<JsonNode> response = rest.getForEntity("/actuator/health", JsonNode.class);
    JsonNode components = response.getBody().get("components");

    assertThat(components.get("db").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("processEngine").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("jobExecutor").get("status").asText()).isEqualTo("UP");
    assertThat(components.get("db").has("details")).as("no details for anonymous callers").isFalse();
    assertThat(response.getBody().toString()).doesNotContain("jdbc:", "policy321-");
  }

  /** Request counts and timings per endpoint would show an employee when anonymous reports arrive. */
  @Test
  void metricsAreRefusedToEmployeesAndAuditorsWithASentence() {
    for (String user : new String[] {"employee", "chief", "auditor"}) {
      ResponseEntity<JsonNode> refused = rest.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
          .getForEntity("/actuator/metrics/http.server.requests", JsonNode.class);

      assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
      assertThat(refused.getBody().get("message").asText()).as(user)
          .isEqualTo("Only administrators (group camunda-admin) may read the application's metrics.");
      assertThat(refused.getBody().toString()).as(user).doesNotContain("/report", "measurements");
    }
    assertThat(rest.withBasicAuth("employee", EngineRest.DEMO_PASSWORD).getForEntity("/actuator/metrics", String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void metricsNeedAnAdministrator() {
    assertThat(rest.getForEntity("/actuator/metrics", String.class).getStatusCode().value()).isEqualTo(401);
    ResponseEntity<JsonNode> metrics = rest.withBasicAuth("admin", EngineRest.DEMO_PASSWORD)
        .getForEntity("/actuator/metrics", JsonNode.class);
    assertThat(metrics.getStatusCode().value()).isEqualTo(200);
    assertThat(metrics.getBody().get("names").toString()).contains("jvm.memory.used", "http.server.requests");
  }
}
