package org.policy321.platform.config;

/**
 * The application refuses to start because of how it is configured or what the database holds, and
 * says what the operator must do. {@link StartRefusedFailureAnalyzer} prints both under "APPLICATION
 * FAILED TO START" instead of a stack trace.
 */
public class StartRefusedException extends RuntimeException {

  private final String action;

  /**
   * @param description what is wrong, as a sentence ("ADMIN_PASSWORD is not set.")
   * @param action what the operator does about it
   */
  public StartRefusedException(String description, String action) {
    super("Refusing to start: " + description);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
