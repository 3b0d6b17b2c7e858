package org.policy321.removal;

import java.util.List;

/** Glue between {@code bpmn/removal-on-direction.bpmn}, its forms and the Java code. */
public final class RemovalOnDirection {

  public static final String PROCESS_KEY = "removal-on-direction";

  /** The {@link RemovalDeadlines} bean the timers and due dates of the diagram read. */
  public static final String DEADLINES_BEAN = "removalDeadlines";

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String OPEN_REMOVAL = "Task_OpenRemovalCase";
    public static final String REMOVE_POSTING = "Task_RemovePosting";
    public static final String REMOVAL_REMINDER = "BoundaryEvent_RemovalReminder";
    public static final String REMIND_REQUESTER = "Task_RemindRequester";
    public static final String REMOVAL_OVERDUE = "BoundaryEvent_RemovalOverdue";
    public static final String REMOVAL_OUTCOME = "Gateway_RemovalOutcome";
    public static final String VERIFY_REMOVAL = "Task_VerifyRemoval";
    /** "I cannot remove all of it": the Chief or a designee accepts the rest as outside the requester's control, or insists. */
    public static final String DECIDE_PARTIAL_REMOVAL = "Task_DecidePartialRemoval";
    public static final String PARTIAL_DECISION = "Gateway_PartialDecision";
    public static final String REVOKE_APPROVAL = "Task_RevokeApproval";
    public static final String READ_REVOCATION_NOTICE = "Task_ReadRevocationNotice";
    public static final String POSTING_REMOVED = "EndEvent_PostingRemoved";
    /** An overdue or refused removal: the approval becomes REMOVAL_OVERDUE and the supervisor is found. */
    public static final String MARK_REMOVAL_OVERDUE = "Task_MarkRemovalOverdue";
    public static final String REVIEW_UNREMOVED_POSTING = "Task_ReviewUnremovedPosting";
    public static final String DECIDE_UNREMOVED_POSTING = "Task_DecideUnremovedPosting";
    public static final String REFER_TO_INTERNAL_AFFAIRS = "Gateway_ReferToInternalAffairs";
    /** Only when the Chief or a designee chose to refer it: records the violation and opens a §V case. */
    public static final String RECORD_VIOLATION_INTENT = "Task_RecordViolationIntent";
    public static final String UNREMOVED_DECISION = "Gateway_UnremovedDecision";

    private Elements() {}
  }

  /** Process variables (and form field names). */
  public static final class Vars {
    // Start form
    public static final String APPROVAL_NUMBER = "approvalNumber";
    public static final String REASON = "removalReason";
    /** Optional: a date (2026-12-31) or an ISO-8601 duration (P3D); default policy.removal.deadline. */
    public static final String DEADLINE = "removalDeadline";
    /** Set by the engine from the authenticated starter. */
    public static final String REQUESTED_BY = "requestedBy";
    // Set when the case opens
    public static final String REMOVAL_ID = "removalId";
    public static final String REQUESTER_ID = "requesterId";
    public static final String KIND = "removalKind";
    /** The deadline a person set (a date); the reminder is computed from it by {@link RemovalDeadlines}. */
    public static final String DUE_AT = "removalDueAt";
    // Removal task
    public static final String OUTCOME = "removalOutcome";
    public static final String EVIDENCE_URL = "evidenceUrl";
    public static final String STATEMENT = "removalStatement";
    public static final String EVIDENCE = "evidence";
    /** Required when the requester cannot remove all of it (what remains, and why) or refuses (why). */
    public static final String EXPLANATION = "removalExplanation";
    // Verification
    public static final String VERIFIED = "removalVerified";
    public static final String VERIFIER_NOTE = "verifierNote";
    // Decisions of the Chief or a designee
    /** {@link Outcomes#ACCEPT} or {@link Outcomes#INSIST}. */
    public static final String PARTIAL_DECISION = "partialRemovalDecision";
    /** {@link Outcomes#DIRECT_AGAIN} or {@link Outcomes#RECORD_REMOVED}. */
    public static final String UNREMOVED_DECISION = "unremovedPostingDecision";
    /** The designee's note: for the record, and shown to the requester when sent back. */
    public static final String DESIGNEE_NOTE = "designeeNote";
    /** When the requester is sent back: a date (2026-12-31) or a duration (P3D); becomes {@link #DUE_AT}. */
    public static final String NEW_DEADLINE = "newRemovalDeadline";
    /** Yes/no on Task_DecideUnremovedPosting: a person, never the process, refers the posting to Internal Affairs (§V.A). */
    public static final String REFER_TO_IA = "referToInternalAffairs";
    // Outcomes
    public static final String REVOCATION_NOTICE = "revocationNotice";
    public static final String SUPERVISOR_ID = "supervisorId";
    /** Why the removal was escalated, from the case's record: {@link Outcomes#REFUSED} or {@link Outcomes#OVERDUE}. */
    public static final String ESCALATION_CAUSE = "escalationCause";
    /** What the supervisor did about an unremoved posting. */
    public static final String SUPERVISOR_NOTE = "supervisorNote";

    private Vars() {}
  }

  /** Values of {@link Vars#OUTCOME}, {@link Vars#PARTIAL_DECISION} and {@link Vars#UNREMOVED_DECISION}. */
  public static final class Outcomes {
    public static final String REMOVED = "removed";
    /** §III.R "within the limits of his/her control": a repost by someone else, a closed account... */
    public static final String CANNOT_REMOVE_ALL = "cannot-remove-all";
    public static final String REFUSED = "refused";
    /** The rest is outside the requester's control: the approval is closed as removed in part. */
    public static final String ACCEPT = "accept";
    /** Back to the requester, with the designee's note and a new deadline. */
    public static final String INSIST = "insist";
    /** After an escalation: back to the requester with a new deadline. */
    public static final String DIRECT_AGAIN = "direct-again";
    /** After an escalation: the Chief or a designee records that the posting is gone. */
    public static final String RECORD_REMOVED = "record-removed";
    /** The requester's answers to a removal; Tasklist's select offers exactly these (FormOptionsTest). */
    public static final List<String> ANSWERS = List.of(REMOVED, CANNOT_REMOVE_ALL, REFUSED);
    /** The decisions on a partial removal; Tasklist's select offers exactly these (FormOptionsTest). */
    public static final List<String> PARTIAL_DECISIONS = List.of(ACCEPT, INSIST);
    /** The decisions on an unremoved posting; Tasklist's select offers exactly these (FormOptionsTest). */
    public static final List<String> UNREMOVED_DECISIONS = List.of(DIRECT_AGAIN, RECORD_REMOVED);
    /** The escalation's cause when the requester did not answer by the deadline. */
    public static final String OVERDUE = "overdue";

    private Outcomes() {}
  }

  private RemovalOnDirection() {}
}
