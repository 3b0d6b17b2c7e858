package org.policy321.posting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.policy321.platform.config.VersionedJavaMigration;
import org.h2.api.Trigger;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 12.3: the database itself refuses to change or remove an entry of the posting log (§VI.B): a
 * trigger before UPDATE and DELETE of {@code posting_log_entry} (and, on PostgreSQL, before TRUNCATE) fails the
 * statement with {@link #REFUSAL}. The application has no update or delete of the table either ({@link PostingLog}
 * only inserts), and no API reaches it otherwise; the trigger stops what slips past both — a later code change, a
 * script run with the application's database account. Removing the trigger takes a migration, which the change
 * history shows. A Java migration because a trigger is written differently in H2 (a Java class, {@link Refusal}) and
 * PostgreSQL (PL/pgSQL); Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class PostingLogAppendOnly extends VersionedJavaMigration {

  static final String REFUSAL = "The posting log is append-only (Policy 3.21 §VI.B): an entry is never changed or "
      + "removed; record a correction as a new entry.";

  PostingLogAppendOnly() {
    super("12.3", "posting log append only");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String database = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    try (Statement statement = connection.createStatement()) {
      if (database.contains("postgres")) {
        statement.execute("CREATE FUNCTION posting_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            + "$$ BEGIN RAISE EXCEPTION '" + REFUSAL + "'; END $$");
        statement.execute("CREATE TRIGGER posting_log_entry_unchanged BEFORE UPDATE OR DELETE ON posting_log_entry "
            + "FOR EACH ROW EXECUTE FUNCTION posting_log_append_only()");
        statement.execute("CREATE TRIGGER posting_log_entry_not_truncated BEFORE TRUNCATE ON posting_log_entry "
            + "FOR EACH STATEMENT EXECUTE FUNCTION posting_log_append_only()");
      } else if (database.contains("h2")) {
        statement.execute("CREATE TRIGGER posting_log_entry_unchanged BEFORE UPDATE, DELETE ON posting_log_entry "
            + "FOR EACH ROW CALL '" + Refusal.class.getName() + "'");
      } else {
        throw new IllegalStateException("No append-only trigger for the posting log on " + database);
      }
    }
  }

  /** H2's trigger: refuses every row it fires for. */
  public static final class Refusal implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
      throw new SQLException(REFUSAL, "42000");
    }
  }
}
