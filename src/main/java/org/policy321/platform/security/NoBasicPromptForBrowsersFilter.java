package org.policy321.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.policy321.platform.rest.JsonRefusal;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps browsers from asking for HTTP basic credentials on {@code /engine-rest} and {@code /api}.
 * Camunda's authentication filter answers a call without credentials with
 * {@code WWW-Authenticate: Basic}; a browser then prompts, and keeps what was typed for the whole
 * origin, sending it with every later request — also those another site's page makes it send. So
 * a browser gets the 401 without the challenge, and a sentence saying where to sign in: our pages
 * use the Tasklist sign-in. Scripts and tools still get the challenge (some send credentials only
 * when asked); Camunda Modeler sends them unasked.
 *
 * <p>A browser is recognized by what every browser sends and tools do not: {@code Sec-Fetch-Mode}
 * (modern browsers, on HTTPS and localhost), a {@code Mozilla/} user agent, or asking for HTML.
 */
class NoBasicPromptForBrowsersFilter extends OncePerRequestFilter {

  static final String SIGN_IN = "Sign in to Tasklist first (/camunda/app/tasklist/): this application's pages use "
      + "your Tasklist sign-in. /engine-rest is for scripts and Camunda Modeler, which send HTTP basic credentials "
      + "with each request.";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!isBrowser(request)) {
      chain.doFilter(request, response);
      return;
    }
    WithoutChallenge quiet = new WithoutChallenge(response);
    chain.doFilter(request, quiet);
    if (quiet.challengeDropped && quiet.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !response.isCommitted()) {
      JsonRefusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationRequired", SIGN_IN);
    }
  }

  private static boolean isBrowser(HttpServletRequest request) {
    String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return request.getHeader("Sec-Fetch-Mode") != null
        || (userAgent != null && userAgent.startsWith("Mozilla/"))
        || (accept != null && accept.contains("text/html"));
  }

  /** The response without {@code WWW-Authenticate}, remembering that a challenge was left out. */
  private static final class WithoutChallenge extends HttpServletResponseWrapper {

    private boolean challengeDropped;

    WithoutChallenge(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!dropped(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!dropped(name)) {
        super.addHeader(name, value);
      }
    }

    private boolean dropped(String name) {
      boolean challenge = HttpHeaders.WWW_AUTHENTICATE.equalsIgnoreCase(name);
      challengeDropped |= challenge;
      return challenge;
    }
  }
}
