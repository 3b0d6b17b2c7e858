package org.policy321.approval;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approvals register (§III.R): numbers approvals DA-year-sequence, and knows which are active.
 * The removal process reads it.
 */
@Service
public class ApprovalRegister {

  private final ApprovalRepository approvals;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ApprovalRegister(ApprovalRepository approvals, Clock clock, ApplicationEventPublisher events) {
    this.approvals = approvals;
    this.clock = clock;
    this.events = events;
  }

  /** Numbers the approval of a request; issuing twice (a retried job) returns the first. */
  @Transactional
  public Approval issue(DepictionRequest request) {
    return approvals.findByRequestId(request.id()).orElseGet(() -> {
      OffsetDateTime now = OffsetDateTime.now(clock);
      return approvals.save(new Approval(nextNumber(now.getYear()), request, now));
    });
  }

  @Transactional
  public Approval attachCopy(Approval approval, long documentId) {
    approval.copyDocumentId = documentId;
    return approvals.save(approval);
  }

  /** The requester acknowledged the copy: the approval is now in force. */
  @Transactional
  public Approval activate(String approvalNumber, long requestId) {
    Approval approval = find(approvalNumber)
        .orElseThrow(() -> new IllegalStateException("No approval " + approvalNumber));
    if (approval.requestId != requestId || approval.status != ApprovalStatus.ISSUED) {
      throw new IllegalStateException("Approval " + approvalNumber + " is " + approval.status + " for request "
          + approval.requestId + "; only this case's issued approval becomes active.");
    }
    approval.status = ApprovalStatus.ACTIVE;
    approval.acknowledgedAt = OffsetDateTime.now(clock);
    Approval active = approvals.save(approval);
    events.publishEvent(new ApprovalActivated(active.approvalNumber(), active.requesterId(), active.requestId()));
    return active;
  }

  /**
   * Removal of an approval begins (§III.R): an active approval, or one issued and not yet acknowledged
   * (the requester may already have posted), can be directed off; one being removed or removed cannot.
   *
   * @throws InvalidInputException naming the number and why, for an unknown approval or one past that
   */
  @Transactional
  public Approval beginRemoval(String approvalNumber) {
    Approval approval = existing(approvalNumber);
    if (approval.status != ApprovalStatus.ACTIVE && approval.status != ApprovalStatus.ISSUED) {
      throw new InvalidInputException("Approval " + approval.approvalNumber + " is not in force ("
          + describe(approval.status) + "); only an issued or active approval can be directed off or reported ended (§III.R).");
    }
    approval.status = ApprovalStatus.REMOVAL_PENDING;
    return approvals.save(approval);
  }

  /**
   * The removal was refused or is overdue (§III.R): it stays under way, escalated to the supervisor and the
   * Chief or a designee.
   */
  @Transactional
  public Approval markRemovalOverdue(String approvalNumber) {
    return move(approvalNumber, ApprovalStatus.REMOVAL_PENDING, ApprovalStatus.REMOVAL_OVERDUE);
  }

  /** The Chief or a designee directed the requester again after an escalation: the removal is pending again. */
  @Transactional
  public Approval resumeRemoval(String approvalNumber) {
    return move(approvalNumber, ApprovalStatus.REMOVAL_OVERDUE, ApprovalStatus.REMOVAL_PENDING);
  }

  /**
   * The removal was confirmed and verified, or recorded by the Chief or a designee after an escalation:
   * the approval no longer covers any posting.
   */
  @Transactional
  public Approval markRemoved(String approvalNumber) {
    Approval approval = existing(approvalNumber);
    approval.status = ApprovalStatus.REMOVED;
    return approvals.save(approval);
  }

  /**
   * The Chief or a designee accepted a removal in part (§III.R): what remains is outside the requester's
   * control, and the approval no longer covers it.
   */
  @Transactional
  public Approval markRemovedInPart(String approvalNumber) {
    return move(approvalNumber, ApprovalStatus.REMOVAL_PENDING, ApprovalStatus.REMOVED_IN_PART);
  }

  private Approval move(String approvalNumber, ApprovalStatus from, ApprovalStatus to) {
    Approval approval = existing(approvalNumber);
    if (approval.status != from) {
      throw new IllegalStateException("Approval " + approval.approvalNumber + " is " + approval.status
          + "; only an approval that is " + from + " becomes " + to + ".");
    }
    approval.status = to;
    return approvals.save(approval);
  }

  /** A number as a person typed it, checked: the approval it names, whatever its state. */
  public Approval existing(String approvalNumber) {
    String number = approvalNumber == null ? "" : approvalNumber.strip().toUpperCase(java.util.Locale.ROOT);
    if (number.isEmpty()) {
      throw new InvalidInputException("The approval number (DA-year-sequence) is required.");
    }
    return find(number).orElseThrow(() -> new InvalidInputException(
        "There is no approval " + number + "; approval numbers look like DA-2026-0001 (see the approvals list)."));
  }

  private static String describe(ApprovalStatus status) {
    return switch (status) {
      case ISSUED -> "issued, not yet acknowledged by the requester";
      case ACTIVE -> "active";
      case REMOVAL_PENDING -> "its removal is already under way";
      case REMOVAL_OVERDUE -> "its removal is overdue or was refused, and is with the Chief or a designee";
      case REMOVED -> "already removed";
      case REMOVED_IN_PART -> "already removed as far as its requester could; the rest is outside their control";
    };
  }

  public Optional<Approval> find(String approvalNumber) {
    return approvals.findByApprovalNumber(approvalNumber);
  }

  public List<Approval> active() {
    return approvals.findByStatusOrderByIdAsc(ApprovalStatus.ACTIVE);
  }

  /** One requester's approvals in force (the index approval_requester serves it). */
  public List<Approval> activeOf(String requesterId) {
    return approvals.findByRequesterIdAndStatusOrderByIdAsc(requesterId, ApprovalStatus.ACTIVE);
  }

  /**
   * The year's next number. The first approval of a year inserts the counter row; should two nodes
   * race for it, the loser's transaction fails on the primary key and its job is retried.
   */
  String nextNumber(int year) {
    if (approvals.incrementSequence(year) == 0) {
      approvals.startSequence(year);
    }
    return String.format("DA-%d-%04d", year, approvals.currentSequence(year));
  }
}
