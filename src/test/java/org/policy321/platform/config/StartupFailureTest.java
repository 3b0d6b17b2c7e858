package org.policy321.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.policy321.PolicyEngineApplication;
import org.policy321.testing.PostgresTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 6, operations: the application refuses to start, and says why, when its database cannot
 * be reached or a BPMN file does not parse: an operator reading the log learns which database or
 * which file (and line) to fix, and the start does not hang first.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTest {

  /** Far below Hikari's default connection timeout (30 s): the start gives up at the first refusal. */
  private static final Duration FAIL_FAST = Duration.ofSeconds(20);

  @Test
  void unreachablePostgresFailsTheStartFastNamingHostAndPort() throws IOException {
    int closedPort = closedPort();
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/policy321";
    long started = System.nanoTime();

    Throwable failure = catchThrowable(() -> start(List.of("postgres"), "--DATABASE_URL=" + url).close());

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(failure).as("the start must fail").isNotNull();
    assertThat(rootCause(failure)).hasMessageContaining("Connection refused");
    assertThat(messages(failure)).as("the failure names the database it could not reach")
        .anySatisfy(message -> assertThat(message).contains("127.0.0.1:" + closedPort));
    assertThat(took).as("failed fast, not after retries or a long pool timeout").isLessThan(FAIL_FAST);
  }

  @Test
  void h2FileThatCannotBeOpenedFailsTheStartNamingWhatIsWrongWithThePath() {
    // A path under a regular file: no directory can be made there, whoever runs the test.
    String url = "jdbc:h2:file:/proc/version/policy321";

    Throwable failure = catchThrowable(() -> start(List.of("test"), "--spring.datasource.url=" + url).close());

    assertThat(failure).as("the start must fail").isNotNull();
    assertThat(rootCause(failure)).hasMessageContaining("/proc/version");
    assertThat(messages(failure)).as("the failure says the database could not be opened, and why")
        .anySatisfy(message -> assertThat(message)
            .contains("Unable to obtain connection from database").contains("NotDirectoryException: /proc/version"));
  }

  @Test
  void bpmnFileThatIsNotWellFormedFailsTheStartNamingTheFileAndLine(CapturedOutput output) {
    Throwable failure = catchThrowable(() -> startDeploying("classpath*:broken/broken-model.bpmn").close());

    assertThat(failure).as("the start must fail").isNotNull();
    // The engine's own message names the file but not the line; BpmnParseFailureAnalyzer adds it.
    assertThat(messages(failure)).anySatisfy(message -> assertThat(message).contains("broken-model.bpmn"));
    assertThat(failureReport(output))
        .contains("The BPMN file '").contains("broken/broken-model.bpmn' does not parse: line 8, column ")
        .contains("bpmn:userTask");
  }

  @Test
  void bpmnFileWithAnInvalidModelFailsTheStartNamingTheFileAndLine(CapturedOutput output) {
    Throwable failure = catchThrowable(() -> startDeploying("classpath*:broken/invalid-model.bpmn").close());

    assertThat(failure).as("the start must fail").isNotNull();
    assertThat(failureReport(output))
        .contains("broken/invalid-model.bpmn' does not parse: line 7, column ")
        .contains("Task_Missing");
  }

  @Test
  void prodWithoutAdminPasswordFailsTheStartSayingWhatToSet(CapturedOutput output) {
    Throwable failure = catchThrowable(() -> start(List.of("prod", "test"),
        "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID()).close());

    assertThat(failure).as("the start must fail").isNotNull();
    assertThat(failureReport(output))
        .contains("Refusing to start: ADMIN_PASSWORD is not set")
        .contains("Set ADMIN_PASSWORD to a password of at least 12 characters")
        .doesNotContain("${ADMIN_PASSWORD}");
  }

  private static ConfigurableApplicationContext startDeploying(String deploymentPattern) {
    return start(List.of("test"),
        "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID(),
        "--camunda.bpm.deployment-resource-pattern=" + deploymentPattern);
  }

  @Test
  void prodWithoutASigningKeystoreFailsTheStartSayingWhatToSet(CapturedOutput output) {
    Throwable failure = catchThrowable(() -> start(List.of("prod", "test"),
        "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID(),
        "--ADMIN_PASSWORD=Lantern-harbor-42",
        // what prod says without SIGNING_KEYSTORE (the test profile would otherwise give the tests' keystore)
        "--policy.documents.signing.keystore=", "--policy.documents.signing.create-if-missing=false").close());

    assertThat(failure).as("the start must fail").isNotNull();
    assertThat(failureReport(output))
        .contains("Refusing to start: no keystore for signing documents is configured.")
        .contains("Set policy.documents.signing.keystore (SIGNING_KEYSTORE) to the department's PKCS#12 keystore");
  }

  @Test
  void prodWithAMissingSigningKeystoreFailsTheStartNamingTheFile(CapturedOutput output) {
    Throwable failure = catchThrowable(() -> start(List.of("prod", "test"),
        "--spring.datasource.url=jdbc:h2:mem:startup-" + UUID.randomUUID(),
        "--ADMIN_PASSWORD=Lantern-harbor-42",
        "--policy.documents.signing.keystore=target/no-such-folder/department.p12",
        "--policy.documents.signing.create-if-missing=false").close());

    assertThat(failure).as("the start must fail").isNotNull();
    assertThat(failureReport(output))
        .contains("Refusing to start: the keystore for signing documents (target/no-such-folder/department.p12) "
            + "cannot be used: the file does not exist.");
  }

  /** What Spring Boot printed under "APPLICATION FAILED TO START" (the failure analyzers' report). */
  private static String failureReport(CapturedOutput output) {
    String all = output.getAll();
    int report = all.lastIndexOf("APPLICATION FAILED TO START");
    assertThat(report).as("a failure analyzer reported the failure").isNotNegative();
    return all.substring(report);
  }

  /**
   * The whole application with the given settings, and an engine name of its own (Camunda's
   * engine registry is JVM-wide and keyed by name, so this context must not replace the other test
   * contexts' "default" engine). Command-line arguments outrank application.yaml. The
   * PostgreSQL test database stays out even when Surefire's PostgreSQL run adds profile
   * {@code pg-test}: its data source would replace the database each test sets on purpose.
   */
  private static ConfigurableApplicationContext start(List<String> profiles, String... settings) {
    List<String> args = new ArrayList<>(List.of("--server.port=0",
        "--camunda.bpm.process-engine-name=startup-" + UUID.randomUUID(),
        "--camunda.bpm.job-execution.enabled=false",
        "--spring.autoconfigure.exclude=" + PostgresTestDatabase.class.getName()));
    args.addAll(List.of(settings));
    return new SpringApplicationBuilder(PolicyEngineApplication.class)
        .profiles(profiles.toArray(String[]::new))
        .listeners(StartupFailureTest::forgetFailedContext)
        .run(args.toArray(String[]::new));
  }

  /** See ProdProfileTest: a context that failed in refresh must not stay the webapps' context. */
  private static void forgetFailedContext(ApplicationEvent event) {
    if (event instanceof ApplicationFailedEvent) {
      new LazyInitRegistration().setApplicationContext(null);
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort(); // free, and nothing listens on it once the socket is closed
    }
  }

  private static List<Throwable> causes(Throwable failure) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
      chain.add(t);
    }
    return chain;
  }

  private static Throwable rootCause(Throwable failure) {
    List<Throwable> chain = causes(failure);
    return chain.get(chain.size() - 1);
  }

  private static List<String> messages(Throwable failure) {
    return causes(failure).stream().map(t -> String.valueOf(t.getMessage())).toList();
  }
}
