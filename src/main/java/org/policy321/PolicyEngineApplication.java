package org.policy321;

import java.util.Map;
import org.policy321.violation.accesslog.AccessLogCheckCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
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
   * {@code --policy.audit.check-access-log}: the check and its exit code, without a web server (the serving node
   * holds the port) and without a job executor (a check runs no one's jobs).
   */
  private static int checkAccessLog(String[] args) {
    SpringApplication application = new SpringApplication(PolicyEngineApplication.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setDefaultProperties(Map.of("camunda.bpm.job-execution.enabled", "false"));
    ConfigurableApplicationContext context = application.run(args);
    return SpringApplication.exit(context);
  }
}
