package org.policy321.approval;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An entry in the approvals register: the Chief's express consent of §III.D, numbered. */
@Table("approval")
public class Approval {

  @Id Long id;
  String approvalNumber;
  Long requestId;
  String requesterId;
  ApprovalStatus status;
  Long copyDocumentId;
  OffsetDateTime issuedAt;
  OffsetDateTime acknowledgedAt;

  Approval() {}

  Approval(String approvalNumber, DepictionRequest request, OffsetDateTime issuedAt) {
    this.approvalNumber = approvalNumber;
    this.requestId = request.id();
    this.requesterId = request.requesterId();
    this.status = ApprovalStatus.ISSUED;
    this.issuedAt = issuedAt;
  }

  public Long id() { return id; }
  public String approvalNumber() { return approvalNumber; }
  public Long requestId() { return requestId; }
  public String requesterId() { return requesterId; }
  public ApprovalStatus status() { return status; }
  public Long copyDocumentId() { return copyDocumentId; }
  public OffsetDateTime issuedAt() { return issuedAt; }
  public OffsetDateTime acknowledgedAt() { return acknowledgedAt; }
}
