package org.policy321.removal;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision on a removal that is not (yet) done (§III.R, §V.A): the escalation of an overdue or refused
 * removal, the supervisor's review, and the Chief's or a designee's decision on a partial removal or on
 * an unremoved posting — with the note, who took it, the new deadline when the requester is sent back,
 * and whether the case was referred to Internal Affairs.
 */
@Table("removal_decision")
public class RemovalDecision {

  /** What was decided. */
  public enum Step {
    /** The process escalated the removal: {@code refused} or {@code overdue}. */
    ESCALATION,
    /** The supervisor reviewed the unremoved posting: {@code reviewed}. */
    REVIEW,
    /** The Chief or a designee decided on a partial removal: {@code accept} or {@code insist}. */
    PARTIAL,
    /** The Chief or a designee decided on an unremoved posting: {@code direct-again} or {@code record-removed}. */
    UNREMOVED
  }

  @Id Long id;
  int seqNo;
  Step step;
  String decision;
  String note;
  String decidedBy;
  OffsetDateTime decidedAt;
  /** How many answers of the requester (confirmations) the case held when this was decided. */
  int afterRound;
  OffsetDateTime newDueAt;
  Boolean referred;

  RemovalDecision() {}

  RemovalDecision(int seqNo, Step step, String decision, String note, String decidedBy, OffsetDateTime decidedAt,
      int afterRound, OffsetDateTime newDueAt, Boolean referred) {
    this.seqNo = seqNo;
    this.step = step;
    this.decision = decision;
    this.note = note;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.afterRound = afterRound;
    this.newDueAt = newDueAt;
    this.referred = referred;
  }

  public int seqNo() { return seqNo; }
  public Step step() { return step; }
  public String decision() { return decision; }
  public String note() { return note; }
  public String decidedBy() { return decidedBy; }
  public OffsetDateTime decidedAt() { return decidedAt; }
  public int afterRound() { return afterRound; }
  public OffsetDateTime newDueAt() { return newDueAt; }
  public Boolean referred() { return referred; }
}
