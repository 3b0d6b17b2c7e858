package org.policy321.platform.security;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What keeps browsers from being used against {@code /engine-rest} and {@code /api}, around the
 * authentication filters of {@code platform/config/RestApiSecurityConfiguration}: first another
 * site's changes are refused and the basic challenge kept from browsers, then the credentials are
 * checked, then a change through the webapp session must carry its CSRF token.
 */
@Configuration
class BrowserSecurityConfiguration {

  private static final String ENGINE_REST = "/engine-rest/*";
  private static final String API = "/api/*";

  @Bean
  FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequestFilter(CrossSiteProperties properties) {
    return before(new CrossSiteRequestFilter(properties), "cross-site-request-refusal", Ordered.HIGHEST_PRECEDENCE + 1,
        ENGINE_REST, API);
  }

  @Bean
  FilterRegistrationBean<NoBasicPromptForBrowsersFilter> noBasicPromptForBrowsersFilter() {
    return before(new NoBasicPromptForBrowsersFilter(), "no-basic-prompt-for-browsers", Ordered.HIGHEST_PRECEDENCE + 2,
        ENGINE_REST, API, "/actuator/metrics", "/actuator/metrics/*");
  }

  /** After every URL-pattern filter (matchAfter), so after authentication: it knows how the caller signed in. */
  @Bean
  FilterRegistrationBean<WebappSessionCsrfFilter> webappSessionCsrfFilter() {
    FilterRegistrationBean<WebappSessionCsrfFilter> registration = new FilterRegistrationBean<>(new WebappSessionCsrfFilter());
    registration.setName("api-webapp-session-csrf");
    registration.addUrlPatterns(API);
    registration.setMatchAfter(true);
    return registration;
  }

  /** Before the authentication filters, which Spring Boot maps in its default (lowest) order. */
  private static <F extends Filter> FilterRegistrationBean<F> before(F filter, String name, int order, String... paths) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(paths);
    registration.setOrder(order);
    return registration;
  }
}
