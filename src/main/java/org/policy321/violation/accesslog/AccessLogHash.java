package org.policy321.violation.accesslog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The SHA-256 of one access log entry: a canonical serialization of its fields and of the hash of the entry
 * before it. Each field is written as its length, a colon, the text and a newline, so that no two different
 * entries serialize alike (a detail ending in what looks like the next field cannot pass for it). The time is
 * the instant in UTC at microseconds, which is what H2 and PostgreSQL keep of a {@code TIMESTAMP WITH TIME
 * ZONE}: the hash of an entry read back equals the hash of the entry written, whatever the session's zone.
 */
final class AccessLogHash {

  /** The "previous hash" of a chain's first entry. */
  static final String GENESIS = "0".repeat(64);

  private static final String FORMAT = "policy321-case-access-v1";

  private AccessLogHash() {}

  static String of(CaseAccess entry) {
    return of(entry.caseNumber(), entry.entryNo(), entry.processInstanceId(), entry.userId(), entry.action().name(),
        entry.detail(), entry.accessedAt(), entry.previousHash());
  }

  static String of(String caseNumber, long entryNo, String processInstanceId, String userId, String action,
      String detail, OffsetDateTime accessedAt, String previousHash) {
    StringBuilder canonical = new StringBuilder();
    for (String field : new String[] {FORMAT, caseNumber, Long.toString(entryNo), processInstanceId, userId, action,
        detail, storedPrecision(accessedAt).toInstant().toString(), previousHash}) {
      canonical.append(field.length()).append(':').append(field).append('\n');
    }
    return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** The time as the database keeps it: an entry is hashed as it will be read back. */
  static OffsetDateTime storedPrecision(OffsetDateTime time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
