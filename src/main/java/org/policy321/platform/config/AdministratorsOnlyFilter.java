package org.policy321.platform.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.rest.JsonRefusal;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only administrators ({@code camunda-admin}) through, behind the HTTP basic filter that signed
 * the caller in. For the actuator's metrics: request counts and timings per endpoint tell whoever
 * reads them when reports arrive, which is not an employee's business.
 */
class AdministratorsOnlyFilter extends OncePerRequestFilter {

  static final String REFUSAL = "Only administrators (group camunda-admin) may read the application's metrics.";

  private final Supplier<IdentityService> identityService;

  AdministratorsOnlyFilter(Supplier<IdentityService> identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication caller = identityService.get().getCurrentAuthentication();
    if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN)) {
      JsonRefusal.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", REFUSAL);
      return;
    }
    chain.doFilter(request, response);
  }
}
