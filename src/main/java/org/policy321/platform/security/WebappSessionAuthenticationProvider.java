package org.policy321.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;

/**
 * Who calls {@code /api}: the user signed in to the Camunda webapps in this browser (Tasklist,
 * Cockpit — the session holds their {@code Authentications}), so that the application's pages need
 * no credentials of their own; or, for scripts, the user of the request's HTTP basic credentials,
 * which take precedence when sent. Changes made through the session must carry the session's CSRF
 * token ({@link WebappSessionCsrfFilter}). Used by Camunda's {@code ProcessEngineAuthenticationFilter},
 * which creates it by its class name.
 */
public class WebappSessionAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return super.extractAuthenticatedUser(request, engine);
    }
    HttpSession session = request.getSession(false);
    Authentication signedIn = session == null ? null
        : AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
    if (signedIn == null || signedIn.getIdentityId() == null) {
      return AuthenticationResult.unsuccessful();
    }
    // Only who it is: the filter reads the user's groups and tenants afresh, as for HTTP basic, rather
    // than trust what the session remembers from sign-in (a user since removed from a group).
    return AuthenticationResult.successful(signedIn.getIdentityId());
  }
}
