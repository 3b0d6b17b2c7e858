package org.policy321.removal;

import org.policy321.approval.DepictionApproval;

/** Glue between {@code bpmn/approval-review.bpmn}, its form and the Java code. */
public final class ApprovalReview {

  public static final String PROCESS_KEY = "approval-review";
  /** Correlated to an approval's review (variable approvalNumber) when its removal opens. */
  public static final String MESSAGE_REMOVAL_STARTED = DepictionApproval.MESSAGE_REMOVAL_STARTED;

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String IN_FORCE = "Gateway_InForce";
    public static final String REVIEW_DUE = "Event_ReviewDue";
    public static final String CONFIRM_POSTING = "Task_ConfirmPosting";
    public static final String REVIEW_UNANSWERED = "BoundaryEvent_ReviewUnanswered";
    public static final String NOTE_UNANSWERED = "Task_NoteUnansweredReview";
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
    /** The requester's answer: the posting is still up and unchanged (true) or has ended (false). */
    public static final String STILL_UP = "postingStillUp";
    public static final String NOTE = "reviewNote";
    /** Handed to the removal process when the review ends the approval. */
    public static final String REMOVAL_REASON = RemovalOnDirection.Vars.REASON;
    public static final String REMOVAL_KIND = RemovalOnDirection.Vars.KIND;

    private Vars() {}
  }

  private ApprovalReview() {}
}
