package org.policy321.platform.config;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.camunda.bpm.webapp.impl.security.filter.headersec.provider.impl.ContentSecurityPolicyProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What the REST APIs answer beside authentication ({@link RestApiSecurityConfiguration}): security headers
 * on every answer, and the metrics for administrators only.
 */
@Configuration
class RestApiGuardsConfiguration {

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
   * Metrics for administrators only (request counts and timings would show anyone when anonymous reports
   * arrive); mapped "after", so it runs behind the authentication filter (which Spring Boot maps "before")
   * and sees who signed in. The identity service is looked up at the first request: the web server and its
   * filters start before the engine.
   */
  @Bean
  FilterRegistrationBean<AdministratorsOnlyFilter> metricsForAdministrators(ObjectProvider<IdentityService> identity) {
    var registration = new FilterRegistrationBean<>(new AdministratorsOnlyFilter(identity::getObject));
    registration.setName("metrics-for-administrators");
    registration.addUrlPatterns(BasicAuthenticatedUrls.METRICS, BasicAuthenticatedUrls.METRICS + "/*");
    registration.setMatchAfter(true);
    return registration;
  }
}
