package org.policy321.bench.scale.bare;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * The scale benchmark's baseline: Camunda's Spring Boot starter (webapps and REST) and nothing of the
 * product. It scans only this package, reads only {@code bench/bare-app.yaml} (not the application's
 * application.yaml), and closes {@code /engine-rest} with Camunda's HTTP basic filter as the application does
 * (platform/config/RestApiSecurityConfiguration), so every call runs under the caller's authorizations.
 */
@SpringBootApplication
@Profile(BareCamundaApplication.PROFILE)
public class BareCamundaApplication {

  /**
   * Its own profile, which only the benchmark activates: the product's component scan (all of org.policy321) sees
   * this class too, and must leave it alone.
   */
  public static final String PROFILE = "bench-bare-app";

  /** Settings that keep the product's own configuration out of this application. */
  public static final String[] SETTINGS = {"--spring.config.location=classpath:bench/bare-app.yaml"};

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-basic-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
