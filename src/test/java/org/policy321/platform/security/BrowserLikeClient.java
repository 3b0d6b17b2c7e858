package org.policy321.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.util.Base64;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestTemplate;

/**
 * Requests as a browser or a tool sends them, over real HTTP to the running application: a cookie
 * jar (so it can sign in to Tasklist and keep the session), and the headers that tell a browser's
 * request from a script's — {@code Origin}, {@code Sec-Fetch-*}, a {@code Mozilla/} user agent — set
 * by each test. Answers come back as they are, errors included.
 */
final class BrowserLikeClient {

  static final String BROWSER_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
      + "Chrome/142.0.0.0 Safari/537.36";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  final String baseUrl;
  private final RestTemplate http;

  BrowserLikeClient(int port) {
    this.baseUrl = "http://localhost:" + port;
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
        .followRedirects(HttpClient.Redirect.NEVER).build();
    this.http = new RestTemplate(new JdkClientHttpRequestFactory(client));
    this.http.setErrorHandler(new DefaultResponseErrorHandler() {
      @Override
      public boolean hasError(ClientHttpResponse response) {
        return false;
      }
    });
  }

  /** Headers of a page's fetch() from {@code origin} (a browser sends Origin on every change). */
  static HttpHeaders pageOf(String origin, String fetchSite) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.USER_AGENT, BROWSER_USER_AGENT);
    headers.set("Sec-Fetch-Mode", "cors");
    headers.set("Sec-Fetch-Site", fetchSite);
    if (origin != null) {
      headers.set(HttpHeaders.ORIGIN, origin);
    }
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    return headers;
  }

  /** HTTP basic credentials, sent unasked (as Camunda Modeler and {@code curl -u} do). */
  static HttpHeaders withBasic(HttpHeaders headers, String user, String password) {
    headers.set(HttpHeaders.AUTHORIZATION,
        "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes()));
    return headers;
  }

  ResponseEntity<String> send(HttpMethod method, String path, HttpHeaders headers, Object body) {
    return http.exchange(baseUrl + path, method, new HttpEntity<>(body, headers), String.class);
  }

  /**
   * Signs in to Tasklist as its login page does (the CSRF token of a first GET, then the login
   * POST, then Tasklist's first read, which gives the new session its token), keeping the session in
   * the cookie jar; returns the session's CSRF token.
   */
  String signInToTasklist(String user, String password) {
    ResponseEntity<String> tasklist = send(HttpMethod.GET, "/camunda/app/tasklist/default/", pageOf(null, "none"), null);
    String token = tasklist.getHeaders().getFirst(CSRF_HEADER);
    assertThat(token).as("Tasklist's CSRF token").isNotBlank();
    HttpHeaders login = pageOf(baseUrl, "same-origin");
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.set(CSRF_HEADER, token);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> signedIn = send(HttpMethod.POST, "/camunda/api/admin/auth/user/default/login/tasklist",
        login, form);
    assertThat(signedIn.getStatusCode().value()).as(signedIn.getBody()).isEqualTo(200);
    ResponseEntity<String> whoAmI = send(HttpMethod.GET, "/camunda/api/admin/auth/user/default", pageOf(null, "same-origin"), null);
    assertThat(whoAmI.getBody()).contains("\"userId\":\"" + user + "\"");
    String sessionToken = whoAmI.getHeaders().getFirst(CSRF_HEADER);
    assertThat(sessionToken).as("the signed-in session's CSRF token").isNotBlank();
    return sessionToken;
  }

  /** Signs out through Tasklist's user menu (its logout POST, with the session's CSRF token). */
  void signOutOfTasklist(String csrfToken) {
    HttpHeaders logout = pageOf(baseUrl, "same-origin");
    logout.set(CSRF_HEADER, csrfToken);
    ResponseEntity<String> signedOut = send(HttpMethod.POST, "/camunda/api/admin/auth/user/default/logout", logout, null);
    assertThat(signedOut.getStatusCode().is2xxSuccessful()).as(signedOut.getStatusCode() + " " + signedOut.getBody()).isTrue();
  }
}
