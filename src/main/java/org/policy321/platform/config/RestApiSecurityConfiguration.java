package org.policy321.platform.config;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.policy321.platform.security.WebappSessionAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST starter leaves {@code /engine-rest} open to anonymous callers. Camunda's own
 * authentication filter with HTTP basic authentication closes it: every call runs as the
 * authenticated user, under that user's authorizations; so are the actuator's metrics (health stays
 * open for load balancers and says nothing but UP or DOWN per component). The application's own
 * {@code /api} is behind the same filter, so it knows its caller the same way, and also accepts the
 * Tasklist sign-in of the browser, for the application's pages (see {@code platform/security}).
 */
@Configuration
class RestApiSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    return authentication("engine-rest-basic-authentication", HttpBasicAuthenticationProvider.class,
        BasicAuthenticatedUrls.ENGINE_REST, BasicAuthenticatedUrls.METRICS, BasicAuthenticatedUrls.METRICS_PARTS);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    return authentication("api-session-or-basic-authentication", WebappSessionAuthenticationProvider.class,
        BasicAuthenticatedUrls.API);
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> authentication(String name,
      Class<? extends HttpBasicAuthenticationProvider> provider, String... paths) {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, provider.getName());
    registration.addUrlPatterns(paths);
    return registration;
  }
}
