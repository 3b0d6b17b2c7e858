package org.policy321.approval;

import java.time.OffsetDateTime;

/**
 * One line of the approvals list (§III.R): which approval, whose, what, where, in which state since
 * when. {@code acknowledgementDue} is set while the approval is issued and not yet acknowledged.
 */
public record ApprovalSummary(
    String approvalNumber,
    String requesterId,
    String depictions,
    String platform,
    String url,
    ApprovalStatus status,
    OffsetDateTime issuedAt,
    OffsetDateTime activeSince,
    OffsetDateTime acknowledgementDue) {

  ApprovalSummary withAcknowledgementDue(OffsetDateTime due) {
    return new ApprovalSummary(approvalNumber, requesterId, depictions, platform, url, status, issuedAt, activeSince, due);
  }
}
