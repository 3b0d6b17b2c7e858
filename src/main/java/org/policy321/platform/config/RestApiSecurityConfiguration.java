package org.policy321.platform.config;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The REST starter leaves {@code /engine-rest} open to anonymous callers. Camunda's own
 * authentication filter with HTTP basic authentication closes it: every call runs as the
 * authenticated user, under that user's authorizations. The application's own {@code /api} is
 * behind the same filter, so it knows its caller the same way, and so are the actuator's metrics
 * (health stays open for load balancers and says nothing but UP or DOWN per component), which only
 * administrators may read.
 */
@Configuration
class RestApiSecurityConfiguration {

  private static final String METRICS = BasicAuthenticatedUrls.METRICS;

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-basic-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(BasicAuthenticatedUrls.PATTERNS);
    return registration;
  }

  /**
   * {@code X-Content-Type-Options: nosniff} (and the other headers of Camunda's own filter for the webapps)
   * on every answer of the REST APIs, refusals included: a browser takes a download for the type it is
   * sent as, and never renders it as a page. The filter's Content-Security-Policy stays off here: it
   * keeps a nonce in a servlet-context attribute that the webapps' pages read, and this filter must not
   * replace it.
   */
  @Bean
  FilterRegistrationBean<HttpHeaderSecurityFilter> restApiSecurityHeaders() {
    var registration = new FilterRegistrationBean<>(new HttpHeaderSecurityFilter());
    registration.setName("rest-api-security-headers");
    registration.addInitParameter(ContentSecurityPolicyProvider.DISABLED_PARAM, "true");
    registration.addUrlPatterns(BasicAuthenticatedUrls.PATTERNS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 150);
    return registration;
  }

  /**
   * Metrics for administrators only; mapped "after", so it runs behind the basic filter above (which Spring
   * Boot maps "before") and sees who signed in. The identity service is looked up at the first request: the
   * web server and its filters start before the engine.
   */
  @Bean
  FilterRegistrationBean<AdministratorsOnlyFilter> metricsForAdministrators(ObjectProvider<IdentityService> identity) {
    var registration = new FilterRegistrationBean<>(new AdministratorsOnlyFilter(identity::getObject));
    registration.setName("metrics-for-administrators");
    registration.addUrlPatterns(METRICS, METRICS + "/*");
    registration.setMatchAfter(true);
    return registration;
  }
}
