package org.policy321.platform.cluster;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.policy321.PolicyEngineApplication;
import org.policy321.testing.Staff;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One instance of the application, started as {@code java -jar} would start it (the production
 * profile {@code postgres}, the demo users), in a Spring context of its own: its own process
 * engine, job executor and connection pool, on the shared database.
 *
 * <p>What would collide between two instances in one JVM is given per node: the engine's name
 * (Camunda's JVM-wide {@code ProcessEngines} registry is keyed by it; two engines named "default"
 * would replace each other there, and closing one would unregister the other; on real servers each
 * JVM has one engine and keeps "default") and the HTTP port (a random free one; the tests use the
 * Java API, the web server is there because the REST API and webapps need one to start). The node's
 * name is also the engine's {@code hostname}, which the engine writes into the job log, so the tests
 * can tell which node ran a job.
 */
final class ClusterNode implements AutoCloseable {

  private final String name;
  private final ConfigurableApplicationContext context;

  private ClusterNode(String name, ConfigurableApplicationContext context) {
    this.name = name;
    this.context = context;
  }

  static ClusterNode start(String name, String jdbcUrl) {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(PolicyEngineApplication.class)
        .web(WebApplicationType.SERVLET)
        .profiles("postgres")
        // Command-line arguments: they win over application.yaml and the profile's file.
        .run(
            // Only the production profile: not pg-test, which the pom's second Surefire run adds as a system
            // property and which would give each node a database of its own.
            "--spring.profiles.include=",
            "--spring.datasource.url=" + jdbcUrl,
            "--spring.datasource.username=" + SharedPostgres.USER,
            "--spring.datasource.password=",
            "--spring.datasource.hikari.pool-name=" + name,
            "--server.port=0",
            // Letters and digits only: the starter ignores a name with a hyphen and falls back to "default".
            "--camunda.bpm.process-engine-name=" + name.replace("-", ""),
            "--camunda.bpm.generic-properties.properties.hostname=" + name,
            "--camunda.bpm.job-execution.enabled=true",
            // Look for due jobs at least every second (production: 5 s, backing off to 60 s when idle),
            // so that a job another node created, or a timer the moved clock made due, is seen fast.
            "--camunda.bpm.job-execution.wait-time-in-millis=200",
            "--camunda.bpm.job-execution.max-wait=1000",
            // How long a job stays locked by the node that took it (production: 5 min). A node that stops
            // holding locks keeps those jobs from the others until then; 10 s keeps the test short.
            "--camunda.bpm.job-execution.lock-time-in-millis=10000",
            "--logging.level.root=warn");
    return new ClusterNode(name, context);
  }

  String name() {
    return name;
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  Staff staff() {
    return new Staff(engine().getIdentityService());
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
  }

  boolean isRunning() {
    return context.isActive();
  }

  /** Stops the node as a shutdown does: engine and job executor stop, the pool closes, jobs in flight are abandoned. */
  @Override
  public void close() {
    if (context.isActive()) {
      context.close();
    }
  }
}
