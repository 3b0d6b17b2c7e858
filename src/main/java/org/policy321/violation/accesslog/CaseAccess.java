package org.policy321.violation.accesslog;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of the case access log (§V): who opened which case, when, and what they opened (a task's
 * name, a variable's name, or which view of the case). Nothing about the request itself. Each entry is
 * a link of its case's hash chain ({@link AccessLogChain}): its place (1, 2, …), the hash of the entry before
 * it and its own hash.
 */
@Table("case_access")
public record CaseAccess(@Id Long id, String caseNumber, String processInstanceId, String userId,
    CaseAccessAction action, String detail, OffsetDateTime accessedAt, Long entryNo, String previousHash,
    String entryHash) {

  /** An opening not yet chained: {@link AccessLogChain#append} gives it its place and hashes. */
  static CaseAccess of(String userId, CaseOpening opening, OffsetDateTime now) {
    return new CaseAccess(null, opening.caseNumber(), opening.processInstanceId(), userId, opening.action(),
        opening.detail(), AccessLogHash.storedPrecision(now), null, null, null);
  }

  /** This entry as the {@code entryNo}th of its case's chain, after the entry whose hash is {@code previousHash}. */
  CaseAccess chained(long entryNo, String previousHash) {
    CaseAccess linked = new CaseAccess(id, caseNumber, processInstanceId, userId, action, detail, accessedAt, entryNo,
        previousHash, null);
    return new CaseAccess(id, caseNumber, processInstanceId, userId, action, detail, accessedAt, entryNo,
        previousHash, AccessLogHash.of(linked));
  }
}
