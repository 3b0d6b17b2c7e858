package org.policy321.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /engine-rest} is closed to anonymous callers: Camunda's authentication filter with HTTP
 * basic (RestApiSecurityConfiguration) asks for credentials and checks them against the engine's
 * identity store.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class EngineRestAuthenticationTest {

  private static final String TASKS = EngineRest.BASE + "/task";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngine processEngine;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(processEngine);
  }

  @Test
  void anonymousCallerIsRefusedWith401AndAskedForBasicCredentials() {
    ResponseEntity<String> response = rest.getForEntity(TASKS, String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(401);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWithIgnoringCase("Basic");
  }

  /**
   * Against an account of its own: wrong passwords count towards the login throttle for that user
   * (LoginThrottleWebTest), which must not slow down the demo users of the tests that follow.
   */
  @Test
  void wrongPasswordIsRefusedWith401() {
    String userId = "restauth" + UUID.randomUUID().toString().replace("-", "");
    User user = identityService.newUser(userId);
    user.setPassword("right-password");
    identityService.saveUser(user);
    try {
      assertThat(rest.withBasicAuth(userId, "not-the-password").getForEntity(TASKS, String.class)
          .getStatusCode().value()).isEqualTo(401);
    } finally {
      identityService.deleteUser(userId);
    }
  }

  @Test
  void unknownUserIsRefusedWith401() {
    ResponseEntity<String> response = rest.withBasicAuth("nobody", EngineRest.DEMO_PASSWORD).getForEntity(TASKS, String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void correctPasswordIsAcceptedWith200() {
    ResponseEntity<String> response = rest.withBasicAuth("employee", EngineRest.DEMO_PASSWORD).getForEntity(TASKS, String.class);

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getBody()).startsWith("[");
  }
}
