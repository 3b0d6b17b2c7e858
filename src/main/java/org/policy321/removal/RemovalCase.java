package org.policy321.removal;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One removal of an approved depiction (§III.R), from direction or report to verified removal, removal in
 * part, or removal recorded by the Chief or a designee after an escalation.
 */
@Table("removal_case")
public class RemovalCase {

  @Id Long id;
  String processInstanceId;
  String approvalNumber;
  String requesterId;
  RemovalKind kind;
  String requestedBy;
  String reason;
  OffsetDateTime dueAt;
  RemovalStatus status;
  OffsetDateTime openedAt;
  OffsetDateTime closedAt;

  @MappedCollection(idColumn = "removal_case")
  Set<RemovalConfirmation> confirmations = new HashSet<>();

  @MappedCollection(idColumn = "removal_case")
  Set<RemovalDecision> decisions = new HashSet<>();

  RemovalCase() {}

  RemovalCase(String processInstanceId, String approvalNumber, String requesterId, RemovalKind kind,
      String requestedBy, String reason, OffsetDateTime dueAt, OffsetDateTime now) {
    this.processInstanceId = processInstanceId;
    this.approvalNumber = approvalNumber;
    this.requesterId = requesterId;
    this.kind = kind;
    this.requestedBy = requestedBy;
    this.reason = reason;
    this.dueAt = dueAt;
    this.status = RemovalStatus.OPEN;
    this.openedAt = now;
  }

  void answer(String outcome, RemovalEvidence evidence, String explanation, OffsetDateTime now) {
    confirmations.add(new RemovalConfirmation(confirmations.size() + 1, outcome, evidence, explanation, now));
  }

  RemovalDecision decide(RemovalDecision.Step step, String decision, String note, String decidedBy,
      OffsetDateTime newDueAt, Boolean referred, OffsetDateTime now) {
    RemovalDecision made = new RemovalDecision(decisions.size() + 1, step, decision, note, decidedBy, now,
        confirmations.size(), newDueAt, referred);
    decisions.add(made);
    return made;
  }

  void escalate() {
    this.status = RemovalStatus.ESCALATED;
  }

  /** The requester is sent back to remove the posting, by the new deadline. */
  void sendBack(OffsetDateTime newDueAt) {
    this.status = RemovalStatus.OPEN;
    this.dueAt = newDueAt;
  }

  void verify(boolean verified, String verifier, String note, OffsetDateTime now) {
    RemovalConfirmation last = confirmations().get(confirmations.size() - 1);
    last.verified = verified;
    last.verifiedBy = verifier;
    last.verifierNote = note;
    last.verifiedAt = now;
  }

  void close(RemovalStatus status, OffsetDateTime now) {
    this.status = status;
    this.closedAt = now;
  }

  public List<RemovalConfirmation> confirmations() {
    return confirmations.stream().sorted(Comparator.comparingInt(RemovalConfirmation::roundNo)).toList();
  }

  public List<RemovalDecision> decisions() {
    return decisions.stream().sorted(Comparator.comparingInt(RemovalDecision::seqNo)).toList();
  }

  /** The requester's latest answer, if any. */
  public Optional<RemovalConfirmation> lastAnswer() {
    List<RemovalConfirmation> all = confirmations();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The latest decision, if any. */
  public Optional<RemovalDecision> lastDecision() {
    List<RemovalDecision> all = decisions();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public Long id() { return id; }
  public String processInstanceId() { return processInstanceId; }
  public String approvalNumber() { return approvalNumber; }
  public String requesterId() { return requesterId; }
  public RemovalKind kind() { return kind; }
  public String requestedBy() { return requestedBy; }
  public String reason() { return reason; }
  public OffsetDateTime dueAt() { return dueAt; }
  public RemovalStatus status() { return status; }
  public OffsetDateTime openedAt() { return openedAt; }
  public OffsetDateTime closedAt() { return closedAt; }
}
