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
import org.policy321.removal.RemovalOnDirection.Outcomes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records each step of a removal (§III.R). No engine in here. */
@Service
public class RemovalService {

  /** What a person sending the requester back must give. */
  private static final String NEW_DEADLINE = "A new deadline for the requester (a date, 2026-12-31, or a duration, P3D)";

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
   * Opens a removal that the periodic review decided on (the requester reported the end, the posting
   * period ended, or a person directed it). Only the review process calls this, through its call activity;
   * it is not reachable from a start form. A {@link RemovalKind#DIRECTED} removal names who directed it
   * ({@code directedBy}: the Chief or a designee, never the requester) and is opened in their name.
   */
  @Transactional
  public RemovalCase openFromReview(String processInstanceId, String approvalNumber, RemovalKind kind, String reason,
      String directedBy) {
    Approval approval = register.existing(approvalNumber);
    String requestedBy = approval.requesterId();
    if (kind == RemovalKind.DIRECTED) {
      if (directedBy == null || !roster.belongsTo(directedBy, Groups.CHIEF, Groups.DESIGNEE)) {
        throw new IllegalStateException("A directed removal of " + approvalNumber + " needs the Chief or a designee who "
            + "directed it, not " + directedBy + ".");
      }
      OwnRequestGuard.refuseRequester(directedBy, approval.requesterId());
      requestedBy = directedBy;
    }
    return openCase(processInstanceId, approval, kind, requestedBy, reason, null);
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

  /**
   * The requester's answer on the Remove posting task (§III.R), checked in full before anything is kept:
   * {@code removed} with evidence (the address, and a screenshot or a statement); {@code cannot-remove-all}
   * with what remains outside their control, and optionally evidence of what they removed; {@code refused}
   * with the reason. Only the requester may answer.
   *
   * @param fileName the screenshot's name, once the listener checked the upload; null without one
   */
  @Transactional
  public RemovalCase answer(long removalId, String actingUser, String outcome, String url, String statement,
      String fileName, String explanation) {
    RemovalCase removal = open(removalId);
    if (!removal.requesterId().equals(actingUser)) {
      throw new InvalidInputException("Only the requester, " + roster.nameOf(removal.requesterId())
          + ", can confirm the removal of their posting (§III.R).");
    }
    String answer = FormValues.blankToNull(outcome);
    RemovalEvidence evidence;
    String why;
    if (Outcomes.REMOVED.equals(answer)) {
      evidence = RemovalEvidence.of(url, statement, fileName);
      why = FormValues.optional(explanation, "The explanation", FormValues.MAX_TEXT);
    } else if (Outcomes.CANNOT_REMOVE_ALL.equals(answer)) {
      why = FormValues.required(explanation, "When you cannot remove all of it, what remains and why it is outside "
          + "your control (for example a repost by someone else, or a closed account; §III.R)");
      evidence = RemovalEvidence.ofPartial(url, statement, fileName);
    } else if (Outcomes.REFUSED.equals(answer)) {
      why = FormValues.required(explanation, "When you will not remove the posting, the reason (§III.R)");
      evidence = RemovalEvidence.ofPartial(url, statement, fileName);
    } else {
      throw new InvalidInputException("Say whether you removed the posting (removed), cannot remove all of it "
          + "(cannot-remove-all) or will not remove it (refused).");
    }
    removal.answer(answer, evidence, why, now());
    return cases.save(removal);
  }

  /** A designee (or the Chief) checks the confirmation; a rejection needs a note for the requester. */
  @Transactional
  public RemovalCase verify(long removalId, String verifier, Boolean verified, String note) {
    requireChiefOrDesignee(verifier, "verify a removal");
    if (verified == null) {
      throw new InvalidInputException("Say whether the posting is gone (verified) or still visible.");
    }
    String text = verified ? FormValues.blankToNull(note) : FormValues.required(note, "A note for the requester on what is still visible");
    RemovalCase removal = open(removalId);
    OwnRequestGuard.refuseRequester(verifier, removal.requesterId());
    if (!removal.lastAnswer().map(a -> Outcomes.REMOVED.equals(a.outcome())).orElse(false)) {
      throw new IllegalStateException("Removal of " + removal.approvalNumber() + " has no confirmed removal to verify.");
    }
    removal.verify(verified, verifier, text, now());
    return cases.save(removal);
  }

  /**
   * The Chief or a designee decides on "I cannot remove all of it" (§III.R): {@code accept} (what remains is
   * outside the requester's control; the approval is then revoked as removed in part) or {@code insist} (back
   * to the requester with the note and a new deadline). The note is required either way. Never the requester.
   *
   * @param deadline for {@code insist}: a date or a duration, required and in the future
   */
  @Transactional
  public RemovalCase decidePartial(long removalId, String decider, String decision, String note, String deadline) {
    requireChiefOrDesignee(decider, "decide on a partial removal");
    RemovalCase removal = open(removalId);
    OwnRequestGuard.refuseRequester(decider, removal.requesterId());
    String choice = FormValues.blankToNull(decision);
    if (choice == null || !Outcomes.PARTIAL_DECISIONS.contains(choice)) {
      throw new InvalidInputException("Decide whether to accept the partial removal (accept) or to insist that the "
          + "requester removes the rest (insist) (§III.R). Nothing was saved.");
    }
    String text = FormValues.required(note, Outcomes.ACCEPT.equals(choice)
        ? "A note on what remains and why the requester cannot remove it" : "A note for the requester on what to remove");
    OffsetDateTime due = Outcomes.INSIST.equals(choice)
        ? deadlines.requiredDue(deadline, NEW_DEADLINE) : null;
    if (!removal.lastAnswer().map(a -> Outcomes.CANNOT_REMOVE_ALL.equals(a.outcome())).orElse(false)) {
      throw new IllegalStateException("Removal of " + removal.approvalNumber() + " has no partial removal to decide on.");
    }
    removal.decide(RemovalDecision.Step.PARTIAL, choice, text, decider, due, null, now());
    if (due != null) {
      removal.sendBack(due);
    }
    return cases.save(removal);
  }

  /** What an escalation found: the case, and whether the requester refused (else the deadline passed). */
  public record Escalation(RemovalCase removal, boolean refused) {}

  /**
   * An overdue or refused removal (§III.R): the case is escalated and the approval marked
   * {@code REMOVAL_OVERDUE}. Whether it was refused is read from the requester's answers, not from a variable:
   * refused when their latest answer, given since the last time they were sent back, is a refusal.
   */
  @Transactional
  public Escalation escalate(long removalId, String processInstanceId) {
    RemovalCase removal = get(removalId);
    if (!removal.processInstanceId().equals(processInstanceId) || removal.status() != RemovalStatus.OPEN) {
      throw new IllegalStateException("Removal of " + removal.approvalNumber() + " (" + removal.status()
          + ") cannot be escalated by this case.");
    }
    int sentBackAfter = removal.lastDecision().map(RemovalDecision::afterRound).orElse(0);
    boolean refused = removal.lastAnswer()
        .map(a -> Outcomes.REFUSED.equals(a.outcome()) && a.roundNo() > sentBackAfter).orElse(false);
    removal.decide(RemovalDecision.Step.ESCALATION, refused ? Outcomes.REFUSED : Outcomes.OVERDUE, null, null, null,
        null, now());
    removal.escalate();
    register.markRemovalOverdue(removal.approvalNumber());
    return new Escalation(cases.save(removal), refused);
  }

  /**
   * The supervisor's review of an unremoved posting (§V.A: the chain of command is informed); the note is
   * required and goes to the Chief or the designee who decides next. Never the requester (§III.R).
   */
  @Transactional
  public RemovalCase review(long removalId, String reviewer, String note) {
    RemovalCase removal = escalated(removalId);
    OwnRequestGuard.refuseRequester(reviewer, removal.requesterId());
    String text = FormValues.required(note, "What you did about the unremoved posting");
    removal.decide(RemovalDecision.Step.REVIEW, "reviewed", text, reviewer, null, null, now());
    return cases.save(removal);
  }

  /**
   * The Chief or a designee decides on an unremoved posting (§III.R, §V.A): {@code direct-again} (a new
   * deadline, required; the approval is pending removal again and the requester gets the task back) or
   * {@code record-removed} (the posting is gone: a note on how they know, required; the approval is then
   * revoked as removed). Either way they say whether to refer the requester to Internal Affairs: nothing
   * is referred unless a person chooses it. Never the requester.
   */
  @Transactional
  public RemovalCase decideUnremoved(long removalId, String decider, String decision, String note, String deadline,
      Boolean referToInternalAffairs) {
    requireChiefOrDesignee(decider, "decide on an unremoved posting");
    RemovalCase removal = escalated(removalId);
    OwnRequestGuard.refuseRequester(decider, removal.requesterId());
    String choice = FormValues.blankToNull(decision);
    if (choice == null || !Outcomes.UNREMOVED_DECISIONS.contains(choice)) {
      throw new InvalidInputException("Decide whether to direct the requester again (direct-again) or to record that "
          + "the posting is gone (record-removed) (§III.R). Nothing was saved.");
    }
    String text = Outcomes.RECORD_REMOVED.equals(choice)
        ? FormValues.required(note, "A note on how you know the posting is gone")
        : FormValues.optional(note, "The note", FormValues.MAX_TEXT);
    OffsetDateTime due = Outcomes.DIRECT_AGAIN.equals(choice)
        ? deadlines.requiredDue(deadline, NEW_DEADLINE) : null;
    if (referToInternalAffairs == null) {
      throw new InvalidInputException("Say whether to refer the unremoved posting to Internal Affairs as a possible "
          + "violation (§V.A): yes or no. Nothing was saved.");
    }
    removal.decide(RemovalDecision.Step.UNREMOVED, choice, text, decider, due, referToInternalAffairs, now());
    if (due != null) {
      removal.sendBack(due);
      register.resumeRemoval(removal.approvalNumber());
    }
    return cases.save(removal);
  }

  /** What goes to Internal Affairs when a person referred an unremoved posting (§V.A). */
  public record Referral(String subjectUserId, String clauses, String summary, String approvalNumber) {}

  /**
   * The referral the Chief or a designee chose on this case's latest decision; refused when nobody chose
   * it — no Internal Affairs case starts without a person deciding (§V.A).
   */
  public Referral referral(long removalId, String processInstanceId) {
    RemovalCase removal = get(removalId);
    RemovalDecision decision = removal.lastDecision()
        .filter(d -> d.step() == RemovalDecision.Step.UNREMOVED && Boolean.TRUE.equals(d.referred()))
        .filter(d -> removal.processInstanceId().equals(processInstanceId))
        .orElseThrow(() -> new IllegalStateException("Nobody referred the removal of " + removal.approvalNumber()
            + " to Internal Affairs; no case is opened."));
    boolean refused = removal.decisions().stream().filter(d -> d.step() == RemovalDecision.Step.ESCALATION)
        .reduce((first, second) -> second).map(d -> Outcomes.REFUSED.equals(d.decision())).orElse(false);
    String refusal = removal.lastAnswer().filter(a -> Outcomes.REFUSED.equals(a.outcome()))
        .map(RemovalConfirmation::explanation).orElse(null);
    String summary = "Depictions under approval " + removal.approvalNumber() + " were "
        + (refused ? "not removed: the requester refused (" + refusal + ")"
            : "not removed by the deadline " + removal.dueAt().toLocalDate())
        + ". Removal reason: " + removal.reason() + ". Referred to Internal Affairs by " + roster.nameOf(decision.decidedBy())
        + (decision.note() == null ? "." : ": " + decision.note());
    return new Referral(removal.requesterId(), "§III.R, §III.D", summary, removal.approvalNumber());
  }

  /**
   * Revokes the approval of this case (§III.R). The step trusts no variable: the case must be the one
   * {@code processInstanceId} runs, and what closes it is read from its record — the last confirmation
   * verified (removed), the Chief or a designee accepting a partial removal (removed in part), or recording
   * an unremoved posting as gone (removed). A case moved past these steps revokes nothing.
   */
  @Transactional
  public RemovalCase revoke(long removalId, String processInstanceId) {
    RemovalCase removal = get(removalId);
    RemovalStatus closing = closingStatus(removal);
    if (!removal.processInstanceId().equals(processInstanceId) || closing == null) {
      throw new IllegalStateException("Removal of " + removal.approvalNumber() + " (" + removal.status()
          + ", not verified, accepted in part or recorded removed) cannot be closed as " + RemovalStatus.REMOVED
          + " by this case.");
    }
    removal.close(closing, now());
    if (closing == RemovalStatus.REMOVED_IN_PART) {
      register.markRemovedInPart(removal.approvalNumber());
    } else {
      register.markRemoved(removal.approvalNumber());
    }
    return cases.save(removal);
  }

  /** How the record says the case ends, or null when nothing in it closes the case. */
  static RemovalStatus closingStatus(RemovalCase removal) {
    int answers = removal.confirmations().size();
    RemovalDecision decision = removal.lastDecision().filter(d -> d.afterRound() == answers).orElse(null);
    if (removal.status() == RemovalStatus.OPEN && decision != null && decision.step() == RemovalDecision.Step.PARTIAL
        && Outcomes.ACCEPT.equals(decision.decision())) {
      return RemovalStatus.REMOVED_IN_PART;
    }
    if (removal.status() == RemovalStatus.ESCALATED && decision != null
        && decision.step() == RemovalDecision.Step.UNREMOVED && Outcomes.RECORD_REMOVED.equals(decision.decision())) {
      return RemovalStatus.REMOVED;
    }
    boolean verified = removal.lastAnswer().map(a -> Boolean.TRUE.equals(a.verified())).orElse(false);
    if (removal.status() == RemovalStatus.OPEN && verified && decision == null) {
      return RemovalStatus.REMOVED;
    }
    return null;
  }

  public RemovalCase get(long removalId) {
    return cases.findById(removalId).orElseThrow(() -> new IllegalStateException("No removal case " + removalId));
  }

  private RemovalCase open(long removalId) {
    RemovalCase removal = get(removalId);
    if (removal.status() != RemovalStatus.OPEN) {
      throw new InvalidInputException("Removal of " + removal.approvalNumber() + " is already "
          + removal.status().name().toLowerCase().replace('_', ' ') + ".");
    }
    return removal;
  }

  private RemovalCase escalated(long removalId) {
    RemovalCase removal = get(removalId);
    if (removal.status() != RemovalStatus.ESCALATED) {
      throw new InvalidInputException("Removal of " + removal.approvalNumber() + " is not escalated ("
          + removal.status().name().toLowerCase().replace('_', ' ') + ").");
    }
    return removal;
  }

  private void requireChiefOrDesignee(String actor, String what) {
    if (!roster.belongsTo(actor, Groups.CHIEF, Groups.DESIGNEE)) {
      throw new InvalidInputException("Only the Chief of Police or a designee may " + what + " (§III.R).");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }


}
