package org.policy321.audit.retention;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A hold on one case: who put it, when and why; who lifted it, when and why (null while it holds). */
@Table("legal_hold")
public record LegalHold(@Id Long id, String caseNumber, HoldKind kind, String reason, String placedBy,
    OffsetDateTime placedAt, String liftedBy, String liftReason, OffsetDateTime liftedAt) {

  static LegalHold placed(String caseNumber, HoldKind kind, String reason, String by, OffsetDateTime at) {
    return new LegalHold(null, caseNumber, kind, reason, by, at, null, null, null);
  }

  LegalHold lifted(String by, String why, OffsetDateTime at) {
    return new LegalHold(id, caseNumber, kind, reason, placedBy, placedAt, by, why, at);
  }

  public boolean active() {
    return liftedAt == null;
  }
}
