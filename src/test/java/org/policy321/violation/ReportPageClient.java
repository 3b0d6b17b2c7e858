package org.policy321.violation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A browser as the report pages see it, over real HTTP: one cookie jar for all its requests (so it
 * can also be signed in to the Camunda webapps), the page's CSRF token picked up from
 * {@code GET /report/form}, multipart POSTs like the form's.
 */
final class ReportPageClient {

  static final String HEADER = "X-XSRF-TOKEN";
  private static final ObjectMapper JSON = new ObjectMapper();

  final String baseUrl;
  final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private final Map<String, String> extraHeaders = new LinkedHashMap<>();
  private String token;

  ReportPageClient(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Sent with every request (e.g. a User-Agent or X-Forwarded-For that must not end up anywhere). */
  ReportPageClient withHeader(String name, String value) {
    extraHeaders.put(name, value);
    return this;
  }

  /** An answer: status code and body (JSON when the body is JSON). */
  record Answer(int status, String body, HttpResponse<String> response) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }

    String message() {
      return json().path("message").asText();
    }
  }

  Answer get(String path) {
    return send(request(path).GET());
  }

  /** Loads the form's choices, as the page does, and keeps the CSRF token of the answer. */
  JsonNode openForm() {
    Answer form = get("/report/form");
    if (form.status() != 200) {
      throw new AssertionError("GET /report/form: " + form.status() + " " + form.body());
    }
    token = form.response().headers().firstValue(HEADER).orElseThrow(() -> new AssertionError("no CSRF token"));
    return form.json();
  }

  String token() {
    return token;
  }

  /** A report as the form sends it; values may be strings or {@link Part}s (files). */
  Answer submit(Map<String, ?> fields) {
    return postMultipart("/report", fields, token);
  }

  Answer status(String code) {
    return postForm("/report/status", Map.of("code", code), token);
  }

  Answer answer(String code, String answer) {
    return postForm("/report/answer", Map.of("code", code, "answer", answer), token);
  }

  /** A file field. */
  record Part(String fileName, String contentType, byte[] content) {}

  Answer postMultipart(String path, Map<String, ?> fields, String csrfToken) {
    String boundary = "----report" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> {
      List<Object> values = value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
      for (Object each : values) {
        write(body, "--" + boundary + "\r\n");
        if (each instanceof Part part) {
          write(body, "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + part.fileName() + "\"\r\n");
          write(body, "Content-Type: " + part.contentType() + "\r\n\r\n");
          body.writeBytes(part.content());
          write(body, "\r\n");
        } else {
          write(body, "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + each + "\r\n");
        }
      }
    });
    write(body, "--" + boundary + "--\r\n");
    HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (csrfToken != null) {
      request.header(HEADER, csrfToken);
    }
    return send(request);
  }

  Answer postForm(String path, Map<String, String> fields, String csrfToken) {
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (csrfToken != null) {
      request.header(HEADER, csrfToken);
    }
    return send(request);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json");
    extraHeaders.forEach(request::header);
    return request;
  }

  Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Signs in to Tasklist in this browser's cookie jar, as the webapp does (the CSRF token of a first GET, then the
   * login POST; neither with the extra headers); returns the new session's CSRF token, which its first read hands out.
   */
  String signInToTasklist(String user) {
    String camundaToken = get("/camunda/app/tasklist/default/").response().headers().firstValue(HEADER)
        .orElseThrow(() -> new AssertionError("Tasklist gave no CSRF token"));
    Answer login = send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header(HEADER, camundaToken)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")));
    if (login.status() != 200) {
      throw new AssertionError("Tasklist login of " + user + ": " + login.status() + " " + login.body());
    }
    Answer whoAmI = get("/camunda/api/admin/auth/user/default");
    if (!user.equals(whoAmI.json().path("userId").asText())) {
      throw new AssertionError("Signed in as " + whoAmI.body() + ", not " + user);
    }
    return whoAmI.response().headers().firstValue(HEADER).orElseThrow(() -> new AssertionError("no session CSRF token"));
  }

  /** A complete, valid report to Internal Affairs, which a test changes field by field. */
  static Map<String, Object> validReport(String whatWasPosted) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("subject", "");
    fields.put("placeAndTime", "Public profile, 2026-11-20 around 22:00");
    fields.put("clauses", List.of("§IV.G", "§III.J"));
    fields.put("whatWasPosted", whatWasPosted);
    fields.put("evidenceUrl", "https://social.example/post/123");
    fields.put("endangers", "false");
    fields.put("routeTo", "internal-affairs");
    return fields;
  }
}
