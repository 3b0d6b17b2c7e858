package org.policy321.violation.anonymous;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection of the public report pages' POSTs (issue 5: "the anonymous page is protected
 * against abuse"), without a session: a double-submit token. A GET under {@code /report} hands the
 * page a random token twice — as an HttpOnly, SameSite=Strict cookie limited to {@code /report}, and
 * in the {@value #HEADER} response header, which the page's script reads — and a POST must send the
 * header back equal to the cookie. Another site can neither read the header nor send the cookie
 * (SameSite=Strict), nor set a custom header without the browser asking us first (CORS, which we
 * never allow).
 *
 * <p>Why not Camunda's {@code CsrfPreventionFilter} (webapps): it keeps its token in the HTTP session
 * under the same attribute as Tasklist and Cockpit, so a signed-in user's report would run in — and be
 * tied to — their webapp session; it hands out the token only when that session has none yet, and as
 * a cookie scoped to {@code /camunda}, so a page under {@code /report} in a browser already signed in
 * to Tasklist could never get it; and a missing token invalidates the session, signing the user out.
 * Nor a synchronizer token in our own session: the report pages keep no session at all (see
 * {@link SenderBlindFilter}), which is the plainest way to be sure none links a sender to a report.
 */
class ReportCsrfFilter extends OncePerRequestFilter {

  static final String COOKIE = "REPORT-XSRF-TOKEN";
  static final String HEADER = "X-XSRF-TOKEN";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String REFUSAL = "{\"message\":\"This page has expired or was not sent from the report form "
      + "(missing or wrong security token). Reload the page and send it again; nothing was recorded.\"}";

  private final SecureRandom random = new SecureRandom();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String cookieToken = cookieToken(request);
    if (SAFE_METHODS.contains(request.getMethod())) {
      String token = cookieToken != null ? cookieToken : newToken();
      ResponseCookie cookie = ResponseCookie.from(COOKIE, token).path("/report").httpOnly(true).sameSite("Strict")
          .secure(request.isSecure()).build();
      response.addHeader("Set-Cookie", cookie.toString());
      response.setHeader(HEADER, token);
      chain.doFilter(request, response);
      return;
    }
    String headerToken = request.getHeader(HEADER);
    if (cookieToken == null || headerToken == null || !sameToken(cookieToken, headerToken)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(REFUSAL);
      return;
    }
    chain.doFilter(request, response);
  }

  private static String cookieToken(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
        .filter(v -> v != null && v.matches("[0-9a-f]{64}")).findFirst().orElse(null);
  }

  private static boolean sameToken(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
