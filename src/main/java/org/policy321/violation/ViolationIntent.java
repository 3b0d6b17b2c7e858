package org.policy321.violation;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A violation that another process found (an overdue or refused removal, §III.R/§III.D), recorded
 * for the violation-to-discipline process (§V) to open as a report.
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
    OffsetDateTime recordedAt) {

  public static final String OPEN = "OPEN";
}
