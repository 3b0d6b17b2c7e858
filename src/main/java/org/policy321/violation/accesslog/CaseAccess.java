package org.policy321.violation.accesslog;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of the case access log (§V): who opened which case, when, and what they opened (a task's
 * name, a variable's name, or which view of the case). Nothing about the request itself.
 */
@Table("case_access")
public record CaseAccess(@Id Long id, String caseNumber, String processInstanceId, String userId,
    CaseAccessAction action, String detail, OffsetDateTime accessedAt) {

  static CaseAccess of(String userId, CaseOpening opening, OffsetDateTime now) {
    return new CaseAccess(null, opening.caseNumber(), opening.processInstanceId(), userId, opening.action(),
        opening.detail(), now);
  }
}
