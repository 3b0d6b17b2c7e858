package org.policy321.platform.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal written by a servlet filter, in the shape {@code /engine-rest} answers errors:
 * {@code {"type": ..., "message": ...}}, so clients of {@code /engine-rest} and {@code /api} read one
 * format whoever refused.
 */
public final class JsonRefusal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRefusal() {}

  public static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("X-Content-Type-Options", "nosniff");
    // The writer, not the stream: a filter may answer after the chain ran (a 401 without a body yet).
    JSON.writeValue(response.getWriter(), body);
  }
}
