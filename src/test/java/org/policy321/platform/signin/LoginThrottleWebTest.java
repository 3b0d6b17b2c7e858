package org.policy321.platform.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Wrong passwords slow down whoever sends them and lock nobody out. Client addresses come from
 * X-Forwarded-For, as behind the department's reverse proxy ({@code server.forward-headers-strategy:
 * native}; Tomcat trusts it from local addresses only).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class LoginThrottleWebTest {

  private static final String ELSEWHERE = "198.51.100.9";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identityService;

  @BeforeEach
  void servesThisContextsEngine() {
    EngineRest.serveWebapps(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void elevenWrongBasicPasswordsSlowDownThatAddressOnlyAndNeverLockTheAdministrator() throws Exception {
    String attacker = "203.0.113.7";
    List<HttpResponse<String>> wrong = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      wrong.add(basic("admin", "guess-" + i, attacker));
    }

    assertThat(wrong).extracting(HttpResponse::statusCode)
        .containsExactly(401, 401, 401, 401, 401, 429, 429, 429, 429, 429, 429);
    HttpResponse<String> throttled = wrong.get(10);
    assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 30L));
    assertThat(throttled.body()).contains("Too many wrong passwords for \\\"admin\\\" from this address. Try again in");
    assertThat(basic("admin", EngineRest.DEMO_PASSWORD, attacker).statusCode())
        .as("the right password from the guessing address waits too").isEqualTo(429);

    UserEntity admin = (UserEntity) identityService.createUserQuery().userId("admin").singleResult();
    assertThat(admin.getAttempts()).as("refused requests never reached the password check").isEqualTo(5);
    assertThat(admin.getLockExpirationTime()).as("the engine does not lock the account")
        .satisfiesAnyOf(at -> assertThat(at).isNull(), at -> assertThat(at).isBeforeOrEqualTo(ClockUtil.getCurrentTime()));

    assertThat(basic("admin", EngineRest.DEMO_PASSWORD, ELSEWHERE).statusCode())
        .as("the administrator signs in from another address meanwhile").isEqualTo(200);

    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 31_000));
    assertThat(basic("admin", EngineRest.DEMO_PASSWORD, attacker).statusCode())
        .as("and from the same address once the wait is over").isEqualTo(200);
  }

  @Test
  void wrongPasswordsOnTheLoginPageSlowDownThatAddressOnly() throws Exception {
    String attacker = "203.0.113.20";
    Browser guessing = new Browser(attacker);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      statuses.add(guessing.login("employee2", "guess-" + i).statusCode());
    }

    assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429);
    HttpResponse<String> throttled = guessing.login("employee2", EngineRest.DEMO_PASSWORD);
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    assertThat(throttled.body()).contains("Too many wrong passwords");

    assertThat(new Browser(ELSEWHERE).login("employee2", EngineRest.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(guessing.login("employee", EngineRest.DEMO_PASSWORD).statusCode())
        .as("another user from the same address").isEqualTo(200);
  }

  @Test
  void aRequestRefusedBeforeThePasswordIsCheckedDoesNotStartTheCountAfresh() throws Exception {
    String attacker = "203.0.113.30";
    for (int i = 0; i < 4; i++) {
      Browser guessing = new Browser(attacker); // a refused token ends the webapp session: a new one each time
      assertThat(guessing.login("employee", "guess-" + i).statusCode()).isEqualTo(401);
      // No CSRF token: the webapps refuse it (403) without looking at the password.
      assertThat(guessing.send(guessing.loginRequest("employee", "guess", false)).statusCode()).isEqualTo(403);
    }
    Browser guessing = new Browser(attacker);
    assertThat(guessing.login("employee", "guess-last").statusCode()).isEqualTo(401);
    assertThat(guessing.login("employee", "guess-more").statusCode()).isEqualTo(429);
  }

  @Test
  void passwordsAreNotCheckedThroughTheIdentityVerifyEndpoint() throws Exception {
    HttpRequest verify = HttpRequest.newBuilder(url("/engine-rest/identity/verify"))
        .header("Authorization", basicHeader("employee", EngineRest.DEMO_PASSWORD))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"guess\"}")).build();

    HttpResponse<String> refused = HttpClient.newHttpClient().send(verify, HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("Passwords are checked only by signing in");
  }

  private HttpResponse<String> basic(String user, String password, String address) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url("/engine-rest/task?maxResults=1"))
        .header("Authorization", basicHeader(user, password)).header("X-Forwarded-For", address).GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String basicHeader(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** A browser at one address, with its cookies and the webapps' CSRF token. */
  private final class Browser {
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String address;
    private final String token;

    Browser(String address) throws IOException, InterruptedException {
      this.address = address;
      HttpResponse<String> first = send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default"))
          .header("X-Forwarded-For", address).GET().build());
      this.token = first.headers().firstValue("X-XSRF-TOKEN").orElseThrow(() -> new AssertionError("no CSRF token"));
    }

    HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
      return send(loginRequest(user, password, true));
    }

    HttpRequest loginRequest(String user, String password, boolean withToken) {
      HttpRequest.Builder request = HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password));
      if (withToken) {
        request.header("X-XSRF-TOKEN", token);
      }
      return request.build();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
