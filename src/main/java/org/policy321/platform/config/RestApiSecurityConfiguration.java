package org.policy321.platform.config;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST starter leaves {@code /engine-rest} open to anonymous callers. Camunda's own
 * authentication filter with HTTP basic authentication closes it: every call runs as the
 * authenticated user, under that user's authorizations. The application's own {@code /api} is
 * behind the same filter, so it knows its caller the same way, and so are the actuator's metrics
 * (health stays open for load balancers and says nothing but UP or DOWN per component).
 */
@Configuration
class RestApiSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-basic-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(BasicAuthenticatedUrls.PATTERNS);
    return registration;
  }
}
