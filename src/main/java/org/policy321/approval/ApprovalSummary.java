package org.policy321.approval;

import java.time.OffsetDateTime;

/** One line of the approvals list (§III.R): which approval, whose, what, where, since when. */
public record ApprovalSummary(
    String approvalNumber,
    String requesterId,
    String depictions,
    String platform,
    String url,
    ApprovalStatus status,
    OffsetDateTime activeSince) {}
