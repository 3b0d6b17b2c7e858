package org.policy321.posting;

/**
 * Glue between {@code bpmn/official-account-review.bpmn}, its forms and the Java code (§I.D, §VI.B): one instance per
 * yearly review of an official account, started by the application when the account is registered and again when
 * the previous review ends, its business key the review's case number {@code OA-<account>-<year due>}.
 */
public final class OfficialAccountReview {

  public static final String PROCESS_KEY = "official-account-review";
  /** The bean the review task's candidate groups come from ({@link AccountReviewRouting}). */
  public static final String ROUTING_BEAN = "accountReviewRouting";

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String SCHEDULED = "StartEvent_ReviewScheduled";
    public static final String REVIEW_DUE = "Event_ReviewDue";
    public static final String OPEN_REVIEW = "Task_OpenAccountReview";
    public static final String CONFIRM_CHECKLIST = "Task_ConfirmAccountChecklist";
    public static final String CHECKLIST_OVERDUE = "BoundaryEvent_ChecklistOverdue";
    public static final String REMIND_OVERSEER = "Task_RemindOverseer";
    public static final String OVERSEER_REMINDED = "EndEvent_OverseerReminded";
    public static final String CHECKLIST_HOLDS = "Gateway_ChecklistHolds";
    public static final String RESTORE_CHECKLIST = "Task_RestoreAccountChecklist";
    public static final String SCHEDULE_NEXT = "Task_ScheduleNextReview";
    public static final String REVIEWED = "EndEvent_AccountReviewed";

    private Elements() {}
  }

  /** Process variables (and form field names). */
  public static final class Vars {
    /** The case number {@code OA-<account>-<year>}, also the business key. */
    public static final String REVIEW_NUMBER = "accountReviewNumber";
    public static final String ACCOUNT_ID = "accountId";
    /** When the review is due (a Date), set at the start: the timer waits for it. */
    public static final String REVIEW_DUE_AT = "reviewDueAt";
    public static final String ACCOUNT_LABEL = "accountLabel";
    public static final String ACCOUNT_URL = "accountUrl";
    /** The overseer, who is asked; null when they have left the department (the task is then offered to the keepers). */
    public static final String REVIEWER_ID = "reviewerId";
    public static final String OVERSEER_NAME = "overseerName";
    /** When the checklist is to be confirmed (a Date), set when the review opens: the task's due date and its timer. */
    public static final String CHECKLIST_DUE_AT = "checklistDueAt";
    /** The checklist of §I.D, one yes/no each ("true"/"false" from Tasklist's selects, Booleans from REST). */
    public static final String STATES_MAINTAINED = "statesMaintainedByDepartment";
    public static final String SHOWS_PHONE = "showsPhoneNumber";
    public static final String SHOWS_ADDRESS = "showsAddress";
    /** Required when an item no longer holds: what was found and done. */
    public static final String REVIEW_NOTES = "reviewNotes";
    /** Set by the process from the answers: every item holds (Boolean). */
    public static final String CHECKLIST_HOLDS = "checklistHolds";
    /** Set by the process: the items that no longer hold, in words, for the Chief's or HR's task. */
    public static final String FAILING_ITEMS = "failingItems";
    public static final String REVIEWED_BY_NAME = "reviewedByName";
    /** Task_RestoreAccountChecklist: the page now meets §I.D again (yes/no), and what was done. */
    public static final String RESTORED = "checklistRestored";
    public static final String RESTORATION_NOTE = "restorationNote";

    private Vars() {}
  }

  private OfficialAccountReview() {}
}
