package org.policy321.platform.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs behind Camunda's HTTP basic filter, which lets a request through only with the right password,
 * and says so to {@link LoginThrottleFilter} in front of it.
 */
class SignedInMarker extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(LoginThrottleFilter.SIGNED_IN, Boolean.TRUE);
    chain.doFilter(request, response);
  }
}
