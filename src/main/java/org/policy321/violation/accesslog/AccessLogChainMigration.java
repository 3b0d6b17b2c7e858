package org.policy321.violation.accesslog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.policy321.platform.config.VersionedJavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 11.3.1: chains the access log rows written before V11_3 (case by case, oldest first, as
 * {@link CaseAccessLog} listed them) and gives each case its head. A migration rather than a start-up step: it
 * runs once, on the node that migrates, in the migration's transaction, before any node appends; and SHA-256 in
 * SQL is spelled differently in H2 and PostgreSQL, so the hashing is {@link AccessLogHash}'s, the same as for new
 * entries. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 *
 * <p>These entries are proven from the migration on, not before: whatever was changed in them earlier is what
 * gets chained.
 */
@Component
class AccessLogChainMigration extends VersionedJavaMigration {

  AccessLogChainMigration() {
    super("11.3.1", "chain existing access log");
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement rows = connection.prepareStatement("""
            SELECT id, case_number, process_instance_id, user_id, action, detail, accessed_at FROM case_access
             WHERE entry_hash IS NULL ORDER BY case_number, accessed_at, id""");
        PreparedStatement link = connection.prepareStatement(
            "UPDATE case_access SET entry_no = ?, previous_hash = ?, entry_hash = ? WHERE id = ?");
        PreparedStatement head = connection.prepareStatement(
            "INSERT INTO case_access_chain (case_number, entries, last_hash) VALUES (?, ?, ?)");
        ResultSet row = rows.executeQuery()) {
      String caseNumber = null;
      long entryNo = 0;
      String previousHash = AccessLogHash.GENESIS;
      while (row.next()) {
        if (!row.getString("case_number").equals(caseNumber)) {
          insertHead(head, caseNumber, entryNo, previousHash);
          caseNumber = row.getString("case_number");
          entryNo = 0;
          previousHash = AccessLogHash.GENESIS;
        }
        entryNo++;
        String hash = AccessLogHash.of(caseNumber, entryNo, row.getString("process_instance_id"),
            row.getString("user_id"), row.getString("action"), row.getString("detail"),
            row.getObject("accessed_at", OffsetDateTime.class), previousHash);
        link.setLong(1, entryNo);
        link.setString(2, previousHash);
        link.setString(3, hash);
        link.setLong(4, row.getLong("id"));
        link.executeUpdate();
        previousHash = hash;
      }
      insertHead(head, caseNumber, entryNo, previousHash);
    }
  }

  private static void insertHead(PreparedStatement head, String caseNumber, long entries, String lastHash)
      throws SQLException {
    if (caseNumber == null) {
      return;
    }
    head.setString(1, caseNumber);
    head.setLong(2, entries);
    head.setString(3, lastHash);
    head.executeUpdate();
  }
}
