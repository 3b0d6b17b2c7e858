package org.policy321.removal;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One removal of an approved depiction (§III.R), from direction or report to verified removal. */
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

  void confirm(RemovalEvidence evidence, OffsetDateTime now) {
    confirmations.add(new RemovalConfirmation(confirmations.size() + 1, evidence, now));
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
