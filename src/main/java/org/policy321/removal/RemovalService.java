package org.policy321.removal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.policy321.approval.Approval;
import org.policy321.approval.ApprovalRegister;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.tasks.OwnRequestGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records each step of a removal (§III.R). No engine in here. */
@Service
public class RemovalService {

  private final RemovalCaseRepository cases;
  private final ApprovalRegister register;
  private final Roster roster;
  private final RemovalDeadlines deadlines;
  private final Clock clock;

  RemovalService(RemovalCaseRepository cases, ApprovalRegister register, Roster roster,
      RemovalDeadlines deadlines, Clock clock) {
    this.cases = cases;
    this.register = register;
    this.roster = roster;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /**
   * Opens a removal: by direction of the Chief or a designee, or on the requester's own report
   * that the posting ended. Anyone else, an unknown number or an approval not in force is refused.
   */
  @Transactional
  public RemovalCase open(String processInstanceId, String requestedBy, String approvalNumber, String reason,
      String deadline) {
    Approval approval = register.existing(approvalNumber);
    RemovalKind kind;
    if (roster.belongsTo(requestedBy, Groups.CHIEF, Groups.DESIGNEE)) {
      kind = RemovalKind.DIRECTED;
    } else if (approval.requesterId().equals(requestedBy)) {
      kind = RemovalKind.REPORTED_BY_REQUESTER;
    } else {
      throw new InvalidInputException("Only the Chief of Police or a designee may direct a removal (§III.R); "
          + "a requester may report the end of their own posting.");
    }
    return openCase(processInstanceId, approval, kind, requestedBy, reason, deadline);
  }

  /**
   * Opens a removal that the periodic review decided on (the requester reported the end, or did not
   * answer). Only the review process calls this, through its call activity; it is not reachable
   * from a start form.
   */
  @Transactional
  public RemovalCase openFromReview(String processInstanceId, String approvalNumber, RemovalKind kind, String reason) {
    Approval approval = register.existing(approvalNumber);
    return openCase(processInstanceId, approval, kind, approval.requesterId(), reason, null);
  }

  private RemovalCase openCase(String processInstanceId, Approval approval, RemovalKind kind, String requestedBy,
      String reason, String deadline) {
    String why = FormValues.required(reason, kind == RemovalKind.DIRECTED ? "The reason for the direction to remove"
        : "Why the posting ended or is no longer appropriate");
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime due = deadlines.due(deadline);
    register.beginRemoval(approval.approvalNumber());
    return cases.save(new RemovalCase(processInstanceId, approval.approvalNumber(), approval.requesterId(), kind,
        requestedBy, why, due, now));
  }

  /** The requester confirms the removal with evidence; only the requester may. */
  @Transactional
  public RemovalCase confirm(long removalId, String actingUser, RemovalEvidence evidence) {
    RemovalCase removal = open(removalId);
    if (!removal.requesterId().equals(actingUser)) {
      throw new InvalidInputException("Only the requester, " + removal.requesterId()
          + ", can confirm the removal of their posting (§III.R).");
    }
    removal.confirm(evidence, OffsetDateTime.now(clock));
    return cases.save(removal);
  }

  /** A designee (or the Chief) checks the confirmation; a rejection needs a note for the requester. */
  @Transactional
  public RemovalCase verify(long removalId, String verifier, Boolean verified, String note) {
    if (!roster.belongsTo(verifier, Groups.CHIEF, Groups.DESIGNEE)) {
      throw new InvalidInputException("Only the Chief of Police or a designee may verify a removal (§III.R).");
    }
    if (verified == null) {
      throw new InvalidInputException("Say whether the posting is gone (verified) or still visible.");
    }
    String text = verified ? FormValues.blankToNull(note) : FormValues.required(note, "A note for the requester on what is still visible");
    RemovalCase removal = open(removalId);
    OwnRequestGuard.refuseRequester(verifier, removal.requesterId());
    removal.verify(verified, verifier, text, OffsetDateTime.now(clock));
    return cases.save(removal);
  }

  /**
   * Closes this case's open removal. The step trusts no variable: the case must be the one
   * {@code processInstanceId} runs, still open, and a removal is closed as done only when its last
   * confirmation was verified (§III.R) — a case moved past the verification revokes nothing.
   */
  @Transactional
  public RemovalCase close(long removalId, String processInstanceId, RemovalStatus status) {
    RemovalCase removal = get(removalId);
    boolean verified = !removal.confirmations().isEmpty()
        && Boolean.TRUE.equals(removal.confirmations().get(removal.confirmations().size() - 1).verified());
    if (!removal.processInstanceId().equals(processInstanceId) || removal.status() != RemovalStatus.OPEN
        || (status == RemovalStatus.REMOVED && !verified)) {
      throw new IllegalStateException("Removal of " + removal.approvalNumber() + " (" + removal.status()
          + (verified ? ", verified" : ", not verified") + ") cannot be closed as " + status + " by this case.");
    }
    removal.close(status, OffsetDateTime.now(clock));
    if (status == RemovalStatus.REMOVED) {
      register.markRemoved(removal.approvalNumber());
    }
    return cases.save(removal);
  }

  public RemovalCase get(long removalId) {
    return cases.findById(removalId).orElseThrow(() -> new IllegalStateException("No removal case " + removalId));
  }

  private RemovalCase open(long removalId) {
    RemovalCase removal = get(removalId);
    if (removal.status() != RemovalStatus.OPEN) {
      throw new InvalidInputException("Removal of " + removal.approvalNumber() + " is already "
          + removal.status().name().toLowerCase() + ".");
    }
    return removal;
  }


}
