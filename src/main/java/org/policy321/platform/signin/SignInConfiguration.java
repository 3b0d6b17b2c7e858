package org.policy321.platform.signin;

import java.time.Clock;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.policy321.platform.config.BasicAuthenticatedUrls;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The login throttle in front of every password check: HTTP basic (mapped before Camunda's basic filter,
 * with {@link SignedInMarker} after it) and the webapps' login form under
 * {@code <application-path>/api/admin/auth/user/}. The engine's own per-user lock and delay are off
 * ({@code camunda.bpm.generic-properties} in application.yaml): anyone could set them off against any user.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "policy.security.login-throttle.enabled", havingValue = "true", matchIfMissing = true)
class SignInConfiguration {

  @Bean
  LoginThrottle loginThrottle(LoginThrottleProperties settings, Clock clock) {
    return new LoginThrottle(settings, clock);
  }

  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, CamundaBpmProperties camunda) {
    var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
    registration.setName("login-throttle");
    registration.addUrlPatterns(BasicAuthenticatedUrls.PATTERNS);
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/admin/auth/user/*");
    // Before Camunda's basic filter (default order, mapped before as well) and the webapps' filters.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 200);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SignedInMarker> signedInMarker() {
    var registration = new FilterRegistrationBean<>(new SignedInMarker());
    registration.setName("signed-in-marker");
    registration.addUrlPatterns(BasicAuthenticatedUrls.PATTERNS);
    registration.setMatchAfter(true);
    return registration;
  }
}
