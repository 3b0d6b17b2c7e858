package org.policy321.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * Profile {@code pg-test}: the tests against a real PostgreSQL. One embedded PostgreSQL per JVM
 * (zonky's binaries, a Maven artifact), started on first use and stopped at JVM exit;
 * each Spring context gets a database of its own on it ({@code t_<uuid>}), as each gets its own
 * in-memory H2 otherwise, so contexts do not see each other's data. Flyway and the engine build
 * their schemas in it as they would in production.
 *
 * <p>An auto-configuration (listed in {@code META-INF/spring/…imports} under src/test/resources) so
 * that it reaches every context: whole-application tests and the {@code @DataJdbcTest} slice alike.
 * Running as root, as CI does, is fine: PostgreSQL refuses root, and zonky then starts it through
 * {@code unshare -U} as an unprivileged user of a user namespace.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Profile("pg-test")
public class PostgresTestDatabase {

  private static final Logger log = LoggerFactory.getLogger(PostgresTestDatabase.class);

  @Bean
  DataSource dataSource() {
    String name = "t_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE DATABASE " + name);
    log.info("pg-test: database {} on embedded PostgreSQL port {}", name, Server.POSTGRES.getPort());
    return new OwnDatabase(name);
  }

  /** A pool on the context's own database, which it drops when the context closes. */
  static final class OwnDatabase extends HikariDataSource {

    private final String name;

    OwnDatabase(String name) {
      this.name = name;
      setPoolName("pg-test-" + name);
      setJdbcUrl(Server.POSTGRES.getJdbcUrl("postgres", name));
      setMaximumPoolSize(8);
    }

    @Override
    public void close() {
      super.close();
      try {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      } catch (RuntimeException e) {
        log.warn("pg-test: database {} not dropped", name, e);
      }
    }
  }

  private static void execute(String sql) {
    try (Connection connection = Server.POSTGRES.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /**
   * The JVM's one server, started when the first context asks for a database, and stopped at JVM
   * exit by a Spring Boot shutdown handler: those run in Boot's shutdown hook after it has closed
   * every context, and so each context still drops its database. (With zonky's default, a JVM
   * shutdown hook of its own, the server stopped while the contexts were still closing their pools
   * and engines, since JVM hooks run concurrently; the forked JVM then sometimes did not exit within
   * Surefire's 30 s, and Surefire killed it and failed the build.)
   */
  private static final class Server {

    static final EmbeddedPostgres POSTGRES = start();

    private static EmbeddedPostgres start() {
      try {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
            .setRegisterShutdownHook(false)
            // Throw-away data: no need to survive a crash.
            .setServerConfig("fsync", "off")
            .setServerConfig("full_page_writes", "off")
            .start();
        SpringApplication.getShutdownHandlers().add(() -> stop(postgres));
        return postgres;
      } catch (IOException e) {
        throw new UncheckedIOException("pg-test: embedded PostgreSQL did not start", e);
      }
    }

    private static void stop(EmbeddedPostgres postgres) {
      try {
        postgres.close();
      } catch (IOException e) {
        log.warn("pg-test: embedded PostgreSQL did not stop cleanly", e);
      }
    }
  }
}
