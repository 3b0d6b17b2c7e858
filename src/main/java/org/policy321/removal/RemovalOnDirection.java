package org.policy321.removal;

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
    public static final String REVOKE_APPROVAL = "Task_RevokeApproval";
    public static final String POSTING_REMOVED = "EndEvent_PostingRemoved";
    public static final String RECORD_VIOLATION_INTENT = "Task_RecordViolationIntent";
    public static final String REVIEW_UNREMOVED_POSTING = "Task_ReviewUnremovedPosting";
    public static final String REMOVAL_ESCALATED = "EndEvent_RemovalEscalated";

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
    // Verification
    public static final String VERIFIED = "removalVerified";
    public static final String VERIFIER_NOTE = "verifierNote";
    // Outcomes
    public static final String REVOCATION_NOTICE = "revocationNotice";
    public static final String SUPERVISOR_ID = "supervisorId";
    /** What the supervisor did about an unremoved posting. */
    public static final String SUPERVISOR_NOTE = "supervisorNote";

    private Vars() {}
  }

  /** Values of {@link Vars#OUTCOME}. */
  public static final class Outcomes {
    public static final String REMOVED = "removed";
    public static final String REFUSED = "refused";

    private Outcomes() {}
  }

  private RemovalOnDirection() {}
}
