package org.policy321.platform.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Who a request tries to sign in as: the user of its HTTP basic credentials, or of the webapps' login form. */
final class SignInAttempt {

  private SignInAttempt() {}

  /** The user name in {@code Authorization: Basic base64(user:password)}, if the request carries one. */
  static Optional<String> basicUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon > 0 ? Optional.of(credentials.substring(0, colon)) : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty(); // Camunda's filter refuses it with 401; no password was tried
    }
  }

  /** The {@code username} field of an application/x-www-form-urlencoded body. */
  static Optional<String> formUser(byte[] body) {
    for (String field : new String(body, StandardCharsets.UTF_8).split("&")) {
      int equals = field.indexOf('=');
      if (equals > 0 && field.substring(0, equals).equals("username")) {
        try {
          String user = URLDecoder.decode(field.substring(equals + 1), StandardCharsets.UTF_8);
          return user.isEmpty() ? Optional.empty() : Optional.of(user);
        } catch (IllegalArgumentException malformed) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
