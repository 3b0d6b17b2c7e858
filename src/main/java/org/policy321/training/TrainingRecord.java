package org.policy321.training;

import java.time.OffsetDateTime;

/**
 * One training of one employee, or their acknowledgement of a revision (§VI.A), as recorded: who, why, which
 * revision, each step's time, the reminders of an overdue one, and HR's confirmation.
 */
public record TrainingRecord(long id, String userId, TrainingKind kind, String caseNumber, String assignedBy,
    long revisionId, String processInstanceId, OffsetDateTime startedAt, OffsetDateTime dueAt, int materialReads,
    int failedChecks, OffsetDateTime checkPassedAt, OffsetDateTime acknowledgedAt, String attestation,
    OffsetDateTime supervisorRemindedAt, OffsetDateTime hrRemindedAt, String confirmedBy, OffsetDateTime confirmedAt,
    OffsetDateTime completedAt, OffsetDateTime withdrawnAt, String withdrawnReason) {

  public String number() {
    return SocialMediaTraining.NUMBER_PREFIX + id;
  }

  public boolean open() {
    return completedAt == null && withdrawnAt == null;
  }

  /** Open past its due date (the engine's clock). */
  public boolean overdue(OffsetDateTime now) {
    return open() && now.isAfter(dueAt);
  }
}
