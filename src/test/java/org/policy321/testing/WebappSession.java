package org.policy321.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;

/**
 * A member of staff signed in to Tasklist, calling the API the webapps call
 * ({@code /camunda/api/engine/engine/default/...}) with the session cookie and the CSRF token, as the
 * browser does after the login page.
 */
public final class WebappSession {

  public static final String ENGINE_API = "/camunda/api/engine/engine/default";

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String token;

  private WebappSession(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** As Tasklist's login page does: a GET hands out the CSRF token, the login POST sends it back. */
  public static WebappSession signIn(int port, String user) {
    WebappSession session = new WebappSession("http://localhost:" + port);
    session.send(HttpRequest.newBuilder(session.url("/camunda/api/admin/auth/user/default")).GET());
    Reply login = session.send(session.withToken(HttpRequest.newBuilder(
            session.url("/camunda/api/admin/auth/user/default/login/tasklist")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + EngineRest.DEMO_PASSWORD)));
    assertThat(login.status()).as(login.body()).isEqualTo(200);
    // The login starts a new session, whose first GET hands out its token.
    session.token = session.http(HttpRequest.newBuilder(session.url("/camunda/api/admin/auth/user/default")).GET())
        .headers().firstValue("X-XSRF-TOKEN").orElseThrow(() -> new AssertionError("no CSRF token after login"));
    return session;
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(url(path)).header("Accept", "application/json").GET());
  }

  public Reply postJson(String path, String json) {
    return send(withToken(HttpRequest.newBuilder(url(path))).header("Content-Type", "application/json")
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder withToken(HttpRequest.Builder request) {
    return request.header("X-XSRF-TOKEN", token != null ? token : cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
        .orElseThrow(() -> new AssertionError("no CSRF token cookie")));
  }

  private Reply send(HttpRequest.Builder request) {
    HttpResponse<String> response = http(request);
    return new Reply(response.statusCode(), response.body());
  }

  private HttpResponse<String> http(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI url(String path) {
    return URI.create(baseUrl + path);
  }
}
