package org.policy321.platform.rest;

import java.util.Set;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers our exception mappers with {@code /engine-rest}: the REST starter's Jersey application
 * ({@code CamundaJerseyResourceConfig}) is the application's ResourceConfig bean, and Spring Boot's
 * Jersey auto-configuration applies every {@link ResourceConfigCustomizer} to it. With them refused
 * input answers 400 with the application's own message instead of 500 with an engine wrapper, and a
 * client's mistake (an unknown id, a malformed variable) 4xx instead of 500.
 */
@Configuration(proxyBeanMethods = false)
class RestApiErrorConfiguration {

  /** Our mappers and filter; the webapps' engine API registers them too ({@link WebappEngineApi}). */
  static final Set<Class<?>> PROVIDERS = Set.of(RefusedInputRestExceptionMapper.class,
      RefusedInputEngineExceptionMapper.class, RefusedInputRuntimeExceptionMapper.class, UnknownIdFilter.class);

  @Bean
  ResourceConfigCustomizer refusedInputAnswersBadRequest() {
    return config -> PROVIDERS.forEach(config::register);
  }
}
