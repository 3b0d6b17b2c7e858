package org.policy321.platform.config;

/**
 * Where callers sign in with HTTP basic (Camunda's authentication filter, {@link RestApiSecurityConfiguration}):
 * the login throttle, the security headers and the metrics guard cover the same paths.
 */
public final class BasicAuthenticatedUrls {

  public static final String METRICS = "/actuator/metrics";
  public static final String[] PATTERNS = {"/engine-rest/*", "/api/*", METRICS, METRICS + "/*"};

  private BasicAuthenticatedUrls() {}
}
