package org.policy321.platform.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The cluster's one database: an embedded PostgreSQL (zonky's binaries, a Maven artifact) with one
 * empty database {@code policy321}, as an operator would create it for the application. Every node
 * is pointed at the same URL; Flyway and the engine create their schemas in it on the first start.
 */
final class SharedPostgres implements AutoCloseable {

  static final String DATABASE = "policy321";
  static final String USER = "postgres";

  private final EmbeddedPostgres server;

  private SharedPostgres(EmbeddedPostgres server) {
    this.server = server;
  }

  static SharedPostgres start() {
    try {
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          // Throw-away data: no need to survive a crash of the machine.
          .setServerConfig("fsync", "off")
          .setServerConfig("full_page_writes", "off")
          .start();
      try (Connection connection = server.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + DATABASE);
      }
      return new SharedPostgres(server);
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Database " + DATABASE + " not created", e);
    }
  }

  String jdbcUrl() {
    return server.getJdbcUrl(USER, DATABASE);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
