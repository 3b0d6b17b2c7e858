package org.policy321.removal;

import java.util.List;

/** Glue between {@code bpmn/approval-review.bpmn}, its forms and the Java code. */
public final class ApprovalReview {

  public static final String PROCESS_KEY = "approval-review";
  /**
   * The bean every timer and due date of the diagram reads ({@link ReviewDeadlines}): the next check,
   * the answer deadline, Confirm posting's due date, whether the posting period ended.
   */
  public static final String DEADLINES_BEAN = "reviewDeadlines";
  /**
   * Correlated to an approval's review (business key: the approval number) when its requester leaves the
   * department: their account deleted, or taken out of the group {@code employee} ({@link ReviewOnDeparture}).
   */
  public static final String MESSAGE_REQUESTER_LEFT = "ApprovalRequesterLeft";

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String IN_FORCE = "Gateway_InForce";
    /** The next check: the earlier of the next periodic review and the end of the posting period. */
    public static final String REVIEW_DUE = "Event_ReviewDue";
    public static final String POSTING_PERIOD_ENDED = "Gateway_PostingPeriodEnded";
    public static final String NOTE_POSTING_PERIOD_ENDED = "Task_NotePostingPeriodEnded";
    public static final String CONFIRM_POSTING = "Task_ConfirmPosting";
    public static final String REVIEW_UNANSWERED = "BoundaryEvent_ReviewUnanswered";
    public static final String REQUESTER_LEFT_DURING_REVIEW = "BoundaryEvent_RequesterLeftDuringReview";
    public static final String NOTE_UNANSWERED = "Task_NoteUnansweredReview";
    public static final String REQUESTER_LEFT = "Event_RequesterLeft";
    public static final String DECIDE_ON_APPROVAL = "Task_DecideOnApproval";
    public static final String APPROVAL_STAYS = "Gateway_ApprovalStays";
    public static final String REMOVE_POSTING = "CallActivity_RemovePosting";
    public static final String REVIEWS_ENDED = "EndEvent_ReviewsEnded";
    public static final String REMOVAL_STARTED = "Event_RemovalStarted";
    public static final String REVIEWS_STOPPED = "EndEvent_ReviewsStopped";

    private Elements() {}
  }

  /** Process variables (and form field names). */
  public static final class Vars {
    public static final String APPROVAL_NUMBER = RemovalOnDirection.Vars.APPROVAL_NUMBER;
    public static final String REQUESTER_ID = RemovalOnDirection.Vars.REQUESTER_ID;
    /** The requester as the decision form names them ("Officer Jordan Reyes"), not by user id (issue 17). */
    public static final String REQUESTER_NAME = "requesterName";
    /**
     * When the posting period ends (a Date: the start of the day after the memo's last day), or null for an
     * open-ended posting; set at the start and never by a form. The only date variable of the process:
     * the requester chose it; every other deadline comes from {@link #DEADLINES_BEAN}.
     */
    public static final String POSTING_ENDS_AT = "postingEndsAt";
    /** The requester's answer: the posting is still up and unchanged (true) or has ended (false). */
    public static final String STILL_UP = "postingStillUp";
    public static final String NOTE = "reviewNote";
    /** Why the approval is before the Chief or a designee (the review went unanswered, the requester left). */
    public static final String REVIEW_REASON = "reviewReason";
    /** Task_DecideOnApproval's fields: {@link Decisions}, and the note (keep) or reason (direct removal). */
    public static final String DECISION = "approvalDecision";
    public static final String DECISION_NOTE = "approvalDecisionNote";
    /** Handed to the removal process when the review ends the approval. */
    public static final String REMOVAL_REASON = RemovalOnDirection.Vars.REASON;
    public static final String REMOVAL_KIND = RemovalOnDirection.Vars.KIND;
    /** Who directed the removal in Task_DecideOnApproval (kind DIRECTED); handed to the removal process. */
    public static final String REMOVAL_DIRECTED_BY = "removalDirectedBy";

    private Vars() {}
  }

  /** Values of {@link Vars#DECISION}. */
  public static final class Decisions {
    public static final String KEEP = "keep";
    public static final String DIRECT_REMOVAL = "direct-removal";
    /** Every decision there is; Tasklist's select offers exactly these (FormOptionsTest). */
    public static final List<String> ALL = List.of(KEEP, DIRECT_REMOVAL);

    private Decisions() {}
  }

  private ApprovalReview() {}
}
