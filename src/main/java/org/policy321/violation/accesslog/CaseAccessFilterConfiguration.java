package org.policy321.violation.accesslog;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.Ordered;

/**
 * Puts {@link CaseAccessFilter} after Camunda's authentication filters, so that it knows the caller:
 * <ul>
 *   <li>{@code /engine-rest/*}: mapped "after" ({@code matchAfter}), behind the HTTP basic filter of
 *       RestApiSecurityConfiguration, which Spring Boot maps "before" (its default);</li>
 *   <li>the webapps' engine API: mapped by servlet name, "Engine Api" (the name
 *       CamundaBpmWebappInitializer gives the servlet at {@code /camunda/api/engine/*}). A servlet
 *       container runs every URL-pattern filter of a request before any servlet-name filter, so this
 *       runs after the webapps' AuthenticationFilter, which the initializer maps by URL pattern.</li>
 * </ul>
 */
@Configuration
class CaseAccessFilterConfiguration {

  static final String WEBAPP_ENGINE_API_SERVLET = "Engine Api";

  /**
   * The collaborators are lazy: the web server, and its filters, start before the rest of the
   * context, and building the engine that early would create its tables before Flyway runs.
   */
  @Bean
  FilterRegistrationBean<CaseAccessFilter> caseAccessLogFilter(@Lazy IdentityService identityService,
      @Lazy CaseOpenings openings, @Lazy CaseAccessLog accessLog) {
    var registration = new FilterRegistrationBean<>(new CaseAccessFilter(identityService, openings, accessLog));
    registration.setName("violation-case-access-log");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addServletNames(WEBAPP_ENGINE_API_SERVLET);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setMatchAfter(true);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
