package org.policy321;

import org.policy321.violation.accesslog.AccessLogCheckCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The process engine for Policy 3.21 "Social Networking": Camunda 7 with its webapps and REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PolicyEngineApplication {

  public static void main(String[] args) {
    if (AccessLogCheckCommand.requested(args)) {
      System.exit(checkAccessLog(args));
    }
    SpringApplication.run(PolicyEngineApplication.class, args);
  }

  /**
   * {@code --policy.audit.check-access-log}: the check and its exit code, beside the serving node: the web server on
   * a free port of the loopback interface only (the engine's REST API and webapps need a servlet context to start;
   * the serving node holds the configured port), and no job executor (a check runs no one's jobs).
   */
  private static int checkAccessLog(String[] args) {
    // System properties: above application.yaml (which names port 8080), below the command line's own settings.
    System.setProperty("server.port", "0");
    System.setProperty("server.address", "127.0.0.1");
    System.setProperty("camunda.bpm.job-execution.enabled", "false");
    ConfigurableApplicationContext context = SpringApplication.run(PolicyEngineApplication.class, args);
    return SpringApplication.exit(context);
  }
}
