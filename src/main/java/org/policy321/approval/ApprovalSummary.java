package org.policy321.approval;

import java.time.OffsetDateTime;

/**
 * One line of the approvals list (§III.R): which approval, whose, what, where, in which state since
 * when. {@code acknowledgementDue} is set while the approval is issued and not yet acknowledged.
 * {@code requesterName} is the requester as people read them ("Officer Jordan Reyes", issue 17); the id
 * stays for programs.
 */
public record ApprovalSummary(
    String approvalNumber,
    String requesterId,
    String requesterName,
    String depictions,
    String platform,
    String url,
    ApprovalStatus status,
    OffsetDateTime issuedAt,
    OffsetDateTime activeSince,
    OffsetDateTime acknowledgementDue) {

  ApprovalSummary withAcknowledgementDue(OffsetDateTime due) {
    return new ApprovalSummary(approvalNumber, requesterId, requesterName, depictions, platform, url, status, issuedAt,
        activeSince, due);
  }

  ApprovalSummary withRequesterName(String name) {
    return new ApprovalSummary(approvalNumber, requesterId, name, depictions, platform, url, status, issuedAt,
        activeSince, acknowledgementDue);
  }
}
