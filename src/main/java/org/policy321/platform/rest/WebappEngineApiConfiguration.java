package org.policy321.platform.rest;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.servlet.ServletProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Serves the webapps' engine API as {@link WebappEngineApi}. The webapp starter's
 * {@code CamundaBpmWebappInitializer} registers each of its Jersey servlets only when no servlet of that
 * name is registered yet, and leaves one that is: registering "Engine Api" first, at the same path,
 * with our application class in place of Camunda's, is the whole change. Every other servlet and
 * filter of the webapps (authentication, CSRF, the other APIs) stays the starter's.
 */
@Configuration(proxyBeanMethods = false)
class WebappEngineApiConfiguration {

  /** The starter's name for the servlet (CamundaBpmWebappInitializer#registerServlet). */
  static final String SERVLET_NAME = "Engine Api";

  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda) {
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(),
        camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(SERVLET_NAME);
    registration.addInitParameter(ServletProperties.JAXRS_APPLICATION_CLASS, WebappEngineApi.class.getName());
    // Before the starter's initializer (which has no order, that is the lowest precedence).
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
