package org.policy321.platform.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClientException;

/**
 * The application as a server runs it: {@code java -jar} the Spring Boot fat jar that {@code mvn
 * package} built, in a JVM of its own, with the given working directory (where the default
 * configuration keeps its H2 file database, {@code ./data/policy321}) and a free port. Its console
 * goes to a log file under {@code target/} for diagnosis.
 */
final class ApplicationJvm implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path log;
  private final int port;

  private ApplicationJvm(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts the jar and returns once {@code /actuator/health} says UP. */
  static ApplicationJvm start(Path workingDirectory, Path log, String... arguments) {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // Small and quick to start: the machine is shared with other builds.
        "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-jar", fatJar().toString(),
        "--server.port=" + port));
    command.addAll(List.of(arguments));
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      ApplicationJvm jvm = new ApplicationJvm(process, log, port);
      jvm.awaitHealthy();
      return jvm;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + command, e);
    }
  }

  /** A REST template on this JVM's port. */
  TestRestTemplate http() {
    return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port));
  }

  /** {@code kill -9}: no shutdown hook, no graceful stop, nothing flushed. Returns the exit code. */
  int killHard() throws InterruptedException {
    process.destroyForcibly();
    return awaitExit();
  }

  /** SIGTERM: Spring Boot closes the engine and the database as a service stop does. */
  int stop() throws InterruptedException {
    process.destroy();
    return awaitExit();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private int awaitExit() throws InterruptedException {
    if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("The application did not exit within " + STOP_TIMEOUT.toSeconds() + " s; log " + log);
    }
    return process.exitValue();
  }

  private void awaitHealthy() {
    TestRestTemplate http = http();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("The application exited with " + process.exitValue() + " while starting:\n" + logTail());
      }
      try {
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);
        if (health.getStatusCode().is2xxSuccessful() && health.getBody().contains("\"status\":\"UP\"")) {
          return;
        }
      } catch (RestClientException notListeningYet) {
        // the port opens late in the start
      }
      pause();
    }
    close();
    throw new AssertionError("The application was not UP within " + START_TIMEOUT.toSeconds() + " s:\n" + logTail());
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for the application", e);
    }
  }

  /** The jar {@code mvn package} built (failsafe runs after package); not the plain {@code .jar.original}. */
  static Path fatJar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("social-networking-policy-engine-.*\\.jar"))
          .findFirst().orElseThrow(() -> new AssertionError("No fat jar in target/: run mvn verify (or package first)"))
          .toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
