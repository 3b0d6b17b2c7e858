package org.policy321.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a database holds, at one checkpoint: the tables' sizes (the engine's {@code act_*} and the rest), the
 * bytes of the documents the application stored and of Camunda's byte arrays (files, serialized variables,
 * in runtime and history), and on H2 the file's size. PostgreSQL: {@code pg_total_relation_size} (indexes and
 * TOAST included); H2: {@code DISK_SPACE_USED} per table, after a checkpoint, beside the file.
 *
 * @param h2FileBytes the .mv.db file, or -1 on PostgreSQL
 */
record Storage(long engineTableBytes, long otherTableBytes, long documentBytes, long byteArrayBytes, long h2FileBytes) {

  long tableBytes() {
    return engineTableBytes + otherTableBytes;
  }

  static Storage of(DataSource dataSource, Path h2File) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      long engine = 0;
      long other = 0;
      for (Object[] table : h2File == null ? postgresTables(statement) : h2Tables(statement)) {
        if (((String) table[0]).toLowerCase().startsWith("act_")) { // the bare app has only these
          engine += (Long) table[1];
        } else {
          other += (Long) table[1];
        }
      }
      long documents = other == 0 ? 0 : single(statement, "SELECT COALESCE(SUM(size_bytes), 0) FROM document");
      long byteArrays = single(statement, "SELECT COALESCE(SUM(OCTET_LENGTH(BYTES_)), 0) FROM ACT_GE_BYTEARRAY");
      long file = h2File == null ? -1 : Files.size(h2File);
      return new Storage(engine, other, documents, byteArrays, file);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's size", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Leaves the database as years of use would: statistics analysed, dead rows vacuumed, writes flushed. A fill of
   * thousands of cases a minute leaves PostgreSQL's autovacuum and checkpointer (H2's writer) busy, and the reads
   * measured next would pay for it; the app filled with more would pay more.
   */
  static void settle(DataSource dataSource, Path h2File) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(h2File == null ? "VACUUM ANALYZE" : "ANALYZE");
      statement.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot settle the database", e);
    }
  }

  /** The {@code n} largest tables with their sizes in MB, largest first: where the bytes per case go. */
  static String largestTables(DataSource dataSource, Path h2File, int n) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      return (h2File == null ? postgresTables(statement) : h2Tables(statement)).stream()
          .sorted((a, b) -> Long.compare((Long) b[1], (Long) a[1])).limit(n)
          .map(table -> String.format(java.util.Locale.ROOT, "%s %.1f", table[0], (Long) table[1] / 1e6))
          .collect(java.util.stream.Collectors.joining(", "));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's size", e);
    }
  }

  private static List<Object[]> postgresTables(Statement statement) throws SQLException {
    List<Object[]> tables = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()")) {
      while (rows.next()) {
        tables.add(new Object[] {rows.getString(1), rows.getLong(2)});
      }
    }
    return tables;
  }

  private static List<Object[]> h2Tables(Statement statement) throws SQLException {
    statement.execute("CHECKPOINT"); // the file holds what was committed
    List<String> names = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    List<Object[]> tables = new ArrayList<>();
    for (String name : names) {
      tables.add(new Object[] {name, single(statement, "SELECT DISK_SPACE_USED('PUBLIC.\"" + name + "\"')")});
    }
    return tables;
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
