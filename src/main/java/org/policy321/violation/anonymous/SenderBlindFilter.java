package org.policy321.violation.anonymous;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public report pages see nothing of who sends (§V.A anonymous reports, §V.C): whatever runs
 * behind this filter — our controller, Spring, the engine — gets a request without the sender's
 * address, session, user or cookies (so a Camunda webapp session of someone signed in in the same
 * browser does not reach the report), and with only the headers a form needs. No Camunda
 * authentication is set while the request runs. The responses tell the browser to keep nothing
 * (the receipt code must not sit in a cache) and to pass on no referrer.
 */
class SenderBlindFilter extends OncePerRequestFilter {

  /** What the pages and Spring need to serve them; User-Agent, Forwarded, Cookie etc. stay out. */
  private static final Set<String> HEADERS = Set.of("accept", "content-type", "content-length",
      ReportCsrfFilter.HEADER.toLowerCase(Locale.ROOT), "if-modified-since", "if-none-match", "range", "if-range");

  private final Supplier<IdentityService> identityService;

  SenderBlindFilter(Supplier<IdentityService> identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    // Scripts only from our own files: a text a sender typed can never run as script on these pages.
    response.setHeader("Content-Security-Policy",
        "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'");
    identityService.get().clearAuthentication();
    try {
      chain.doFilter(new BlindRequest(request), response);
    } finally {
      identityService.get().clearAuthentication();
    }
  }

  /** The request as the report pages may see it. */
  static final class BlindRequest extends HttpServletRequestWrapper {

    BlindRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public HttpSession getSession(boolean create) {
      if (create) {
        throw new IllegalStateException("The anonymous report pages keep no session");
      }
      return null;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public String getRequestedSessionId() {
      return null;
    }

    @Override
    public boolean isRequestedSessionIdValid() {
      return false;
    }

    @Override
    public String getRemoteAddr() {
      return "0.0.0.0";
    }

    @Override
    public String getRemoteHost() {
      return "0.0.0.0";
    }

    @Override
    public int getRemotePort() {
      return 0;
    }

    @Override
    public String getRemoteUser() {
      return null;
    }

    @Override
    public Principal getUserPrincipal() {
      return null;
    }

    @Override
    public String getAuthType() {
      return null;
    }

    @Override
    public boolean isUserInRole(String role) {
      return false;
    }

    /** Only the report pages' own CSRF cookie, no Camunda session or token cookie. */
    @Override
    public Cookie[] getCookies() {
      Cookie[] cookies = super.getCookies();
      if (cookies == null) {
        return null;
      }
      Cookie[] own = Arrays.stream(cookies).filter(c -> ReportCsrfFilter.COOKIE.equals(c.getName())).toArray(Cookie[]::new);
      return own.length == 0 ? null : own;
    }

    @Override
    public String getHeader(String name) {
      return allowed(name) ? super.getHeader(name) : null;
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return allowed(name) ? super.getHeaders(name) : Collections.emptyEnumeration();
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(Collections.list(super.getHeaderNames()).stream().filter(BlindRequest::allowed).toList());
    }

    @Override
    public long getDateHeader(String name) {
      return allowed(name) ? super.getDateHeader(name) : -1;
    }

    @Override
    public int getIntHeader(String name) {
      return allowed(name) ? super.getIntHeader(name) : -1;
    }

    private static boolean allowed(String name) {
      return name != null && HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }
  }
}
