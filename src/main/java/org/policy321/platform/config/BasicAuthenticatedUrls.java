package org.policy321.platform.config;

/**
 * Where callers sign in with HTTP basic (Camunda's authentication filter, {@link RestApiSecurityConfiguration}):
 * the login throttle, the security headers and the metrics guard cover the same paths.
 */
public final class BasicAuthenticatedUrls {

  public static final String ENGINE_REST = "/engine-rest/*";
  /** Also signed in with the Tasklist session of the browser (the application's pages). */
  public static final String API = "/api/*";
  public static final String METRICS = "/actuator/metrics";
  public static final String METRICS_PARTS = METRICS + "/*";
  public static final String[] PATTERNS = {ENGINE_REST, API, METRICS, METRICS_PARTS};

  private BasicAuthenticatedUrls() {}
}
