package org.policy321.approval;

import java.util.List;

/**
 * The glue between {@code bpmn/depiction-approval.bpmn}, its forms and the Java code: the process
 * key, the element ids tests and listeners refer to, and every variable name. Form fields use the
 * same names (see {@code forms/*.html}).
 */
public final class DepictionApproval {

  public static final String PROCESS_KEY = "depiction-approval";
  /** The bean every timer and due date of the diagram reads: {@link DepictionDeadlines}. */
  public static final String DEADLINES_BEAN = "depictionDeadlines";
  /**
   * Correlated, by the variable {@code approvalNumber}, to the processes that watch an approval when its
   * removal opens: the acknowledgement of an issued approval and the periodic review of an active one.
   */
  public static final String MESSAGE_REMOVAL_STARTED = "ApprovalRemovalStarted";

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String START = "StartEvent_MemoSubmitted";
    public static final String REGISTER_REQUEST = "Task_RegisterRequest";
    public static final String REVIEW = "SubProcess_Review";
    public static final String GENERATE_MEMO = "Task_GenerateMemo";
    public static final String DECIDE_ON_MEMO = "Task_DecideOnMemo";
    public static final String DECISION_OVERDUE = "BoundaryEvent_DecisionOverdue";
    public static final String ESCALATE_DECISION = "Task_EscalateDecision";
    public static final String DECISION_ESCALATED = "EndEvent_DecisionEscalated";
    public static final String DECISION = "Gateway_Decision";
    public static final String DECIDED = "EndEvent_Decided";
    public static final String ANSWER_INQUIRY = "Task_AnswerInquiry";
    public static final String INQUIRY_UNANSWERED = "BoundaryEvent_InquiryUnanswered";
    public static final String WITHDRAW_REQUEST = "Task_WithdrawRequest";
    public static final String RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
    public static final String REQUEST_WITHDRAWN = "EndEvent_RequestWithdrawn";
    public static final String WITHDRAW_UNANSWERED = "Task_WithdrawUnansweredRequest";
    public static final String READ_WITHDRAWAL_NOTICE = "Task_ReadWithdrawalNotice";
    public static final String REQUEST_LAPSED = "EndEvent_RequestLapsed";
    public static final String ISSUE_APPROVAL_COPY = "Task_IssueApprovalCopy";
    public static final String ACKNOWLEDGE_APPROVAL_COPY = "Task_AcknowledgeApprovalCopy";
    public static final String ACKNOWLEDGEMENT_OVERDUE = "BoundaryEvent_AcknowledgementOverdue";
    public static final String REMIND_ACKNOWLEDGEMENT = "Task_RemindAcknowledgement";
    public static final String ACKNOWLEDGEMENT_REMINDED = "EndEvent_AcknowledgementReminded";
    public static final String DIRECTED_OFF_BEFORE_ACKNOWLEDGEMENT = "BoundaryEvent_DirectedOffBeforeAcknowledgement";
    public static final String APPROVAL_DIRECTED_OFF = "EndEvent_ApprovalDirectedOff";
    public static final String ACTIVATE_APPROVAL = "Task_ActivateApproval";
    public static final String MEMO_APPROVED = "EndEvent_MemoApproved";
    public static final String ISSUE_DISAPPROVAL_LETTER = "Task_IssueDisapprovalLetter";
    public static final String READ_DISAPPROVAL_LETTER = "Task_ReadDisapprovalLetter";
    public static final String MEMO_DISAPPROVED = "EndEvent_MemoDisapproved";

    private Elements() {}
  }

  /** Process variables (and form field names). */
  public static final class Vars {
    // Start form: §III.E items and what/where/how long
    public static final String PROPOSED_USAGE = "proposedUsage";
    public static final String PURPOSE = "purpose";
    public static final String LAYOUT = "layout";
    public static final String DEPICTIONS = "depictions";
    public static final String PLATFORM = "platform";
    public static final String URL = "url";
    /** The last day the posting is up (§III.R), YYYY-MM-DD; or blank with {@link #POSTING_OPEN_ENDED}. */
    public static final String POSTING_UNTIL = "postingUntil";
    /** true: the posting has no end date and is reviewed periodically (§III.R). */
    public static final String POSTING_OPEN_ENDED = "postingOpenEnded";
    /** Set by Task_RegisterRequest, not a form field: the posting period as text ("until 30 June 2027"). */
    public static final String POSTING_PERIOD = "postingPeriod";
    /** Set by the engine from the authenticated starter ({@code camunda:initiator}). */
    public static final String REQUESTER_ID = "requesterId";
    public static final String REQUEST_ID = "requestId";
    /** SHA-256 of the layout last checked, to notice a replaced layout. */
    public static final String LAYOUT_DIGEST = "layoutDigest";
    public static final String MEMORANDUM = "memorandum";
    /** Every inquiry round so far, as text for the forms; the record is the inquiry_round table. */
    public static final String INQUIRY_HISTORY = "inquiryHistory";
    // Decision (§III.R)
    public static final String DECISION = "decision";
    public static final String NOTATION = "notation";
    public static final String DISAPPROVAL_REASON = "disapprovalReason";
    public static final String DECIDED_BY = "decidedBy";
    /**
     * Set by Task_IssueApprovalCopy from the roster, never by a client: who decided, as people read it ("Chief of
     * Police Margaret Holloway"), for the acknowledgement form (issue 17: names, not user ids).
     */
    public static final String DECIDED_BY_NAME = "decidedByName";
    // Inquiry answer
    public static final String ANSWER = "answer";
    /** A replacement layout uploaded with the answer (Tasklist form field). */
    public static final String NEW_LAYOUT = "newLayout";
    // Withdrawal
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    // Outcome
    public static final String APPROVAL_NUMBER = "approvalNumber";
    public static final String APPROVAL_COPY = "approvalCopy";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String DISAPPROVAL_LETTER = "disapprovalLetter";

    private Vars() {}
  }

  /** Values of {@link Vars#DECISION}. */
  public static final class Decisions {
    public static final String APPROVE = "approve";
    public static final String DISAPPROVE = "disapprove";
    public static final String INQUIRE = "inquire";
    /** Every decision there is; Tasklist's select offers exactly these (FormOptionsTest). */
    public static final List<String> ALL = List.of(APPROVE, DISAPPROVE, INQUIRE);

    private Decisions() {}
  }

  private DepictionApproval() {}
}
