package org.policy321.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Origins besides the application's own whose pages may change data through {@code /engine-rest}
 * and {@code /api} (e.g. {@code https://forms.department.example}). Empty by default: only the
 * application's own pages, and clients that are not web pages (scripts, Camunda Modeler).
 */
@ConfigurationProperties("policy.security")
public record CrossSiteProperties(List<String> allowedOrigins) {

  public CrossSiteProperties {
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
  }
}
