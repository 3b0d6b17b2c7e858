package org.policy321.violation.accesslog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the case access log (§V) for the engine's REST API — {@code /engine-rest} and the
 * webapps' {@code /camunda/api/engine} that Tasklist and Cockpit call: a successful GET that opened
 * a violation case (see {@link CaseOpenings}) is recorded with the signed-in user.
 *
 * <p>Runs inside Camunda's authentication filters (see {@link CaseAccessFilterConfiguration}):
 * both set the caller on the engine's {@link IdentityService} for the length of the request —
 * {@code ProcessEngineAuthenticationFilter} from HTTP basic, the webapps' {@code AuthenticationFilter}
 * from the session (via {@code SecurityActions.runWithAuthentications}). Only the user id, the
 * case and what was opened are kept: no request body, no address, no session id.
 */
class CaseAccessFilter extends HttpFilter {

  private static final Logger log = LoggerFactory.getLogger(CaseAccessFilter.class);

  private final IdentityService identityService;
  private final CaseOpenings openings;
  private final CaseAccessLog accessLog;

  CaseAccessFilter(IdentityService identityService, CaseOpenings openings, CaseAccessLog accessLog) {
    this.identityService = identityService;
    this.openings = openings;
    this.accessLog = accessLog;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Authentication caller = identityService.getCurrentAuthentication();
    chain.doFilter(request, response);
    // Refused calls (401, 403, 404 for a task the caller may not see) opened nothing: no row.
    if (!"GET".equals(request.getMethod()) || caller == null || caller.getUserId() == null
        || response.getStatus() < 200 || response.getStatus() > 299) {
      return;
    }
    try {
      openings.of(request.getPathInfo()).ifPresent(opening -> accessLog.record(caller.getUserId(), opening));
    } catch (RuntimeException e) {
      // The answer is already on its way; say loudly that the log missed an opening, and why.
      log.error("Case access log: could not record a GET of {}", request.getPathInfo(), e);
    }
  }
}
