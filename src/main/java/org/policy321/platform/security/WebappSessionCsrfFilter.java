package org.policy321.platform.security;

import static org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN;
import static org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants.CSRF_TOKEN_HEADER_NAME;
import static org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.policy321.platform.rest.JsonRefusal;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection of {@code /api} for the webapp session ({@link WebappSessionAuthenticationProvider}),
 * the way Camunda's webapps protect theirs: a change must send, in {@value
 * org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants#CSRF_TOKEN_HEADER_NAME}, the token the
 * webapps keep in the session — the same token, so one sign-in has one. Camunda hands it out as a
 * cookie scoped to {@code /camunda}, which our pages outside it cannot read; so every read through
 * the session answers it in that header too (another site cannot read our answers). Calls with HTTP
 * basic credentials are left to {@link CrossSiteRequestFilter}: a script has no session to abuse.
 *
 * <p>Runs after the authentication filter: a request without credentials never gets here.
 */
class WebappSessionCsrfFilter extends OncePerRequestFilter {

  static final String REFUSED_TYPE = "CsrfTokenRefused";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || session == null) {
      chain.doFilter(request, response);
      return;
    }
    String sessionToken = (String) session.getAttribute(CSRF_TOKEN_SESSION_ATTR_NAME);
    if (CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()) {
      if (sessionToken != null) {
        response.setHeader(CSRF_TOKEN_HEADER_NAME, sessionToken);
      }
      chain.doFilter(request, response);
      return;
    }
    if (sessionToken == null || !sameToken(sessionToken, request.getHeader(CSRF_TOKEN_HEADER_NAME))) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, REFUSED_TYPE, "Refused: this change did not come "
          + "with your session's security token, so it may not come from a page of this application. Nothing was "
          + "changed. Reload the page and try again.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean sameToken(String expected, String sent) {
    return sent != null
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
