package org.policy321.posting;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One yearly review of an official account's §I.D checklist: when it was scheduled and due, who was asked, what they
 * found (each item, and notes), and — when an item no longer held — what the Chief, a designee or HR recorded; closed
 * when the next review is scheduled.
 */
@Table("official_account_review")
public record AccountReview(@Id Long id, String reviewNumber, long accountId, AccountReviewStatus status,
    String overseerId, OffsetDateTime scheduledAt, OffsetDateTime dueAt, OffsetDateTime openedAt, String reviewedBy,
    OffsetDateTime reviewedAt, Boolean statesMaintainedByDepartment, Boolean showsPhoneNumber, Boolean showsAddress,
    String reviewNotes, String resolvedBy, OffsetDateTime resolvedAt, Boolean restored, String resolutionNote,
    OffsetDateTime closedAt, String processInstanceId) {

  static final String NUMBER_PREFIX = "OA-";

  static AccountReview scheduled(String number, OfficialAccount account, OffsetDateTime at, OffsetDateTime dueAt) {
    return new AccountReview(null, number, account.id(), AccountReviewStatus.SCHEDULED, account.overseerId(), at,
        dueAt, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  AccountReview started(String instanceId) {
    return new AccountReview(id, reviewNumber, accountId, status, overseerId, scheduledAt, dueAt, openedAt, reviewedBy,
        reviewedAt, statesMaintainedByDepartment, showsPhoneNumber, showsAddress, reviewNotes, resolvedBy, resolvedAt,
        restored, resolutionNote, closedAt, instanceId);
  }

  AccountReview opened(String overseer, OffsetDateTime at) {
    return new AccountReview(id, reviewNumber, accountId, AccountReviewStatus.DUE, overseer, scheduledAt, dueAt, at,
        reviewedBy, reviewedAt, statesMaintainedByDepartment, showsPhoneNumber, showsAddress, reviewNotes, resolvedBy,
        resolvedAt, restored, resolutionNote, closedAt, processInstanceId);
  }

  AccountReview reviewed(String by, OffsetDateTime at, boolean maintained, boolean phone, boolean address,
      String notes) {
    AccountReviewStatus found = maintained && phone && address ? AccountReviewStatus.CONFIRMED
        : AccountReviewStatus.ITEMS_FAILING;
    return new AccountReview(id, reviewNumber, accountId, found, overseerId, scheduledAt, dueAt, openedAt, by, at,
        maintained, phone, address, notes, resolvedBy, resolvedAt, restored, resolutionNote, closedAt,
        processInstanceId);
  }

  AccountReview resolved(String by, OffsetDateTime at, boolean pageRestored, String note) {
    return new AccountReview(id, reviewNumber, accountId,
        pageRestored ? AccountReviewStatus.RESTORED : AccountReviewStatus.NOT_RESTORED, overseerId, scheduledAt, dueAt,
        openedAt, reviewedBy, reviewedAt, statesMaintainedByDepartment, showsPhoneNumber, showsAddress, reviewNotes, by,
        at, pageRestored, note, closedAt, processInstanceId);
  }

  /** Ended with its account, whatever it had found so far. */
  AccountReview accountClosed(OffsetDateTime at) {
    return new AccountReview(id, reviewNumber, accountId, AccountReviewStatus.ACCOUNT_CLOSED, overseerId, scheduledAt,
        dueAt, openedAt, reviewedBy, reviewedAt, statesMaintainedByDepartment, showsPhoneNumber, showsAddress,
        reviewNotes, resolvedBy, resolvedAt, restored, resolutionNote, at, processInstanceId);
  }

  AccountReview closed(OffsetDateTime at) {
    return new AccountReview(id, reviewNumber, accountId, status, overseerId, scheduledAt, dueAt, openedAt, reviewedBy,
        reviewedAt, statesMaintainedByDepartment, showsPhoneNumber, showsAddress, reviewNotes, resolvedBy, resolvedAt,
        restored, resolutionNote, at, processInstanceId);
  }
}
