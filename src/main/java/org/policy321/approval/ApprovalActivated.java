package org.policy321.approval;

/**
 * Published when the requester has acknowledged the approval copy and the approval is in force
 * (§III.R), inside the same transaction, for whatever watches an approval's life.
 */
public record ApprovalActivated(String approvalNumber, String requesterId, long requestId) {}
