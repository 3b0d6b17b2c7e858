package org.policy321.violation.anonymous;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The filters of the public report pages ({@code /report} and everything under it): first the
 * sender is hidden, then the CSRF token is checked. Both run before Spring MVC, on these paths only.
 */
@Configuration
class AnonymousReportWebConfiguration {

  private static final String[] PAGES = {"/report", "/report/*"};

  @Bean
  FilterRegistrationBean<SenderBlindFilter> senderBlindFilter(ObjectProvider<IdentityService> identityService) {
    // Looked up per request: filters are made while the web server starts, before Flyway and the engine.
    var registration = new FilterRegistrationBean<>(new SenderBlindFilter(identityService::getObject));
    registration.setName("report-sender-blind");
    registration.addUrlPatterns(PAGES);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ReportCsrfFilter> reportCsrfFilter() {
    var registration = new FilterRegistrationBean<>(new ReportCsrfFilter());
    registration.setName("report-csrf");
    registration.addUrlPatterns(PAGES);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 101);
    return registration;
  }
}
