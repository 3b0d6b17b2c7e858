package org.policy321.violation;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A violation that another process found (an overdue or refused removal, §III.R/§III.D), recorded
 * and referred to the violation-to-discipline process (§V) as a case of its own.
 */
@Table("violation_intent")
public record ViolationIntent(
    @Id Long id,
    String subjectUserId,
    String clauses,
    String summary,
    String approvalNumber,
    String sourceProcessInstanceId,
    String status,
    OffsetDateTime recordedAt,
    String caseNumber) {

  public static final String OPEN = "OPEN";
  /** Taken up as a §V case ({@link #caseNumber}). */
  public static final String REFERRED = "REFERRED";
}
