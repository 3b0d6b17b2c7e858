package org.policy321.violation;

import java.util.List;

/** Glue between {@code bpmn/violation-report.bpmn}, its forms, the report page and the Java code (§V). */
public final class ViolationReporting {

  public static final String PROCESS_KEY = "violation-report";
  public static final String DECISION_KEY = "discipline-recommendation";
  /** The bean the diagram's configured timers and due dates read: {@link ViolationDeadlines}. */
  public static final String DEADLINES_BEAN = "violationDeadlines";
  /**
   * The tasks of the employee concerned run in a process of their own, called with only the variables
   * they may see: a task's variables are its whole process's variables, and a case holds what no party
   * may read (the reporter's identity, investigation notes). The reporter's tasks: see below.
   */
  public static final String PARTY_PROCESS_KEY = "violation-party-task";
  /**
   * The named reporter's tasks (a notice, a question) run in a process of their own, {@code
   * bpmn/violation-reporter-task.bpmn}: its history names the reporter (the tasks' assignee), and only
   * Internal Affairs and the Chief may read it (§V.C) — auditors read the history of every other process.
   */
  public static final String REPORTER_PROCESS_KEY = "violation-reporter-task";
  /** Starts a notice to the named reporter (violation-reporter-task). */
  public static final String MESSAGE_REPORTER_NOTICE = "ViolationReporterNotice";
  /** Correlated (to the case's process instance) when an anonymous reporter answers a question. */
  public static final String MESSAGE_REPORTER_ANSWERED = "ViolationReporterAnswered";
  /**
   * Correlated (to the case's process instance) when the Chief's immediate action is on record: a case accepted
   * before the Chief named the employee concerned waits for it to tell them of the allegation (§V.B).
   */
  public static final String MESSAGE_IMMEDIATE_ACTION_RECORDED = "ViolationImmediateActionRecorded";

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String REGISTER_REPORT = "Task_RegisterReport";
    public static final String THRESHOLD_REACHED = "Gateway_ThresholdReached";
    public static final String REVIEW_EARLY_INTERVENTION = "Task_ReviewEarlyIntervention";
    public static final String TRIAGE_REPORT = "Task_TriageReport";
    public static final String MERGED_AS_DUPLICATE = "EndEvent_MergedAsDuplicate";
    public static final String NOT_A_VIOLATION = "EndEvent_NotAViolation";
    public static final String CLOSED_UNIDENTIFIED = "EndEvent_ClosedUnidentified";
    public static final String FINDING_NOTICE_UNACKNOWLEDGED = "BoundaryEvent_FindingNoticeUnacknowledged";
    public static final String RECORD_FINDING_NOTICE_UNACKNOWLEDGED = "Task_RecordFindingNoticeUnacknowledged";
    public static final String CLOSED_FINDING_NOTICE_UNACKNOWLEDGED = "EndEvent_FindingNoticeUnacknowledged";
    public static final String DISCIPLINE_NOTICE_UNACKNOWLEDGED = "BoundaryEvent_DisciplineNoticeUnacknowledged";
    public static final String RECORD_DISCIPLINE_UNACKNOWLEDGED = "Task_RecordDisciplineUnacknowledged";
    public static final String CLOSED_DISCIPLINE_UNACKNOWLEDGED = "EndEvent_DisciplineUnacknowledged";
    public static final String TRIAGE_REMINDER = "BoundaryEvent_TriageReminder";
    public static final String REMIND_TRIAGE = "Task_RemindTriage";
    public static final String TRIAGE_REMINDED = "EndEvent_TriageReminded";
    public static final String TRIAGE_OVERDUE = "BoundaryEvent_TriageOverdue";
    public static final String ESCALATE_TRIAGE = "Task_EscalateTriage";
    public static final String TRIAGE_ESCALATED = "EndEvent_TriageEscalated";
    public static final String TAKE_IMMEDIATE_ACTION = "Task_TakeImmediateAction";
    public static final String IMMEDIATE_ACTION_OVERDUE = "BoundaryEvent_ImmediateActionOverdue";
    public static final String ESCALATE_IMMEDIATE_ACTION = "Task_EscalateImmediateAction";
    public static final String ENDANGERS_AT_RECEIPT = "Gateway_EndangersAtReceipt";
    public static final String NO_IMMEDIATE_ACTION = "EndEvent_NoImmediateActionAsked";
    public static final String DANGER_SEEN_AT_TRIAGE = "Gateway_DangerSeenAtTriage";
    public static final String ACT_AND_INVESTIGATE = "Gateway_ActAndInvestigate";
    public static final String IMMEDIATE_ACTION_RECORDED = "EndEvent_ImmediateActionRecorded";
    public static final String TAKE_DOWN_POSTING = "Task_TakeDownPosting";
    public static final String TAKE_DOWN_OVERDUE = "BoundaryEvent_TakeDownOverdue";
    public static final String NOTE_TAKE_DOWN_OVERDUE = "Task_NoteTakeDownOverdue";
    public static final String VERIFY_TAKE_DOWN = "Task_VerifyTakeDown";
    public static final String POSTING_TAKEN_DOWN = "EndEvent_PostingTakenDown";
    // Due process after acceptance: the notice of allegation and the employee's statement (§V.B)
    public static final String NO_ALLEGATION_NOTICE = "EndEvent_NoAllegationNotice";
    /** The allegation waits here for the Chief, who may name the employee concerned (a take-down). */
    public static final String IMMEDIATE_ACTION_AWAITED = "Event_ImmediateActionRecorded";
    public static final String EMPLOYEE_NOT_NAMED = "EndEvent_EmployeeNotNamed";
    public static final String ISSUE_NOTICE_OF_ALLEGATION = "Task_IssueNoticeOfAllegation";
    public static final String ANSWER_ALLEGATION = "Task_AnswerAllegation";
    public static final String STATEMENT_TIME_ELAPSED = "BoundaryEvent_StatementTimeElapsed";
    public static final String RECORD_NO_STATEMENT = "Task_RecordNoStatement";
    public static final String NO_STATEMENT_GIVEN = "EndEvent_NoStatementGiven";
    public static final String ALLEGATION_ANSWERED = "EndEvent_AllegationAnswered";
    public static final String INVESTIGATE = "Task_Investigate";
    public static final String INVESTIGATION_OVERDUE = "BoundaryEvent_InvestigationOverdue";
    public static final String NOTE_INVESTIGATION_OVERDUE = "Task_NoteInvestigationOverdue";
    public static final String DECIDE_EXTENSION = "Task_DecideExtension";
    public static final String ANSWER_QUESTION = "Task_AnswerQuestion";
    public static final String PARTY_TASK = "Task_PartyTask";
    public static final String NAMED_QUESTION_UNANSWERED = "BoundaryEvent_QuestionUnanswered";
    public static final String AWAIT_ANONYMOUS_ANSWER = "Gateway_AwaitAnonymousAnswer";
    public static final String ANONYMOUS_ANSWER_RECEIVED = "Event_AnonymousAnswerReceived";
    public static final String ANONYMOUS_QUESTION_UNANSWERED = "Event_AnonymousQuestionUnanswered";
    public static final String ISSUE_FINDING_NOTICE = "Task_IssueFindingNotice";
    public static final String SUBJECT_KNOWN = "Gateway_SubjectKnown";
    public static final String READ_FINDING_NOTICE = "Task_ReadFindingNotice";
    public static final String CLOSED_WITHOUT_DISCIPLINE = "EndEvent_ClosedWithoutDiscipline";
    public static final String RECOMMEND_DISCIPLINE = "Task_RecommendDiscipline";
    public static final String DECIDE_DISCIPLINE = "Task_DecideDiscipline";
    public static final String ISSUE_NOTICE_OF_INTENT = "Task_IssueNoticeOfIntent";
    public static final String RESPOND_TO_NOTICE_OF_INTENT = "Task_RespondToNoticeOfIntent";
    public static final String RESPONSE_TIME_ELAPSED = "BoundaryEvent_ResponseTimeElapsed";
    public static final String DECIDE_FINAL_DISCIPLINE = "Task_DecideFinalDiscipline";
    public static final String FINAL_DECISION = "Gateway_FinalDecision";
    public static final String ISSUE_DISCIPLINE_NOTICE = "Task_IssueDisciplineNotice";
    public static final String ACKNOWLEDGE_DISCIPLINE = "Task_AcknowledgeDiscipline";
    public static final String DISCIPLINE_NOTICED = "EndEvent_DisciplineNoticed";
    // violation-reporter-task
    public static final String READ_NOTICE = "Task_ReadNotice";
    public static final String ANSWER_INVESTIGATOR_QUESTION = "Task_AnswerInvestigatorQuestion";

    private Elements() {}
  }

  /** Process variables (and form field names). */
  public static final class Vars {
    // The report (start form, or the anonymous page)
    public static final String SUBJECT = "subject";
    public static final String PLACE_AND_TIME = "placeAndTime";
    public static final String CLAUSES = "clauses";
    public static final String WHAT_WAS_POSTED = "whatWasPosted";
    public static final String EVIDENCE_URL = "evidenceUrl";
    public static final String EVIDENCE = "evidence";
    public static final String ENDANGERS = "endangers";
    /** "internal-affairs", or "my-supervisor" (the reporter's own supervisor) or a supervisor's user id. */
    public static final String ROUTE_TO = "routeTo";
    // Set when the report is registered
    public static final String CASE_NUMBER = "caseNumber";
    public static final String REPORT_ID = "reportId";
    public static final String ANONYMOUS = "anonymous";
    public static final String SUBJECT_ID = "subjectId";
    public static final String RETALIATION_FLAG = "retaliationFlag";
    /** The employee concerned reported it themselves; read by the discipline table. */
    public static final String SELF_REPORTED = "selfReported";
    /** Triage: why the policy applies to the posting ({@link PolicyScope}), required to accept. */
    public static final String POLICY_SCOPE = "policyScope";
    public static final String EARLY_INTERVENTION = "earlyIntervention";
    public static final String EARLY_INTERVENTION_REASON = "earlyInterventionReason";
    public static final String REPORT_SUMMARY = "reportSummary";
    // Triage
    public static final String TRIAGE = "triage";
    /** Triage may decide that the report endangers safety or an investigation, whatever the reporter said. */
    public static final String ENDANGERS_DECIDED = "endangersDecided";
    /** Triage may name the employee concerned when the report could not. */
    public static final String IDENTIFIED_SUBJECT = "identifiedSubject";
    public static final String DUPLICATE_OF = "duplicateOf";
    public static final String TRIAGE_REASON = "triageReason";
    /** Set by triage: the report endangers, and the reporter had not said so — the Chief acts now (§V.B). */
    public static final String DANGER_SEEN_AT_TRIAGE = "dangerSeenAtTriage";
    /** From receipt when the reporter says the report endangers; from triage when triage finds it. */
    public static final String IMMEDIATE_ACTION_DUE_AT = "immediateActionDueAt";
    // Immediate action (§V.B)
    /** {@link ImmediateAction#value}: take-down, preserved, referred or none. */
    public static final String IMMEDIATE_ACTION = "immediateAction";
    /** The note on what was done and why (required for every action; the employee reads it with a take-down). */
    public static final String ACTION_TAKEN = "actionTaken";
    /** Optional: a date or duration; default policy.violation.take-down-deadline. */
    public static final String TAKE_DOWN_DEADLINE = "takeDownDeadline";
    public static final String TAKE_DOWN_BY = "takeDownBy";
    /** Whom the take-down is directed to, as the verifying form names them (issue 17: not a user id). */
    public static final String TAKE_DOWN_BY_NAME = "takeDownByName";
    public static final String TAKE_DOWN_DUE_AT = "takeDownDueAt";
    /** The employee's answer: {@link ImmediateActions#REMOVED} or {@link ImmediateActions#CANNOT_REMOVE}. */
    public static final String TAKE_DOWN_ANSWER = "takeDownAnswer";
    public static final String TAKE_DOWN_NOTE = "takeDownNote";
    /** The Chief's or designee's check: is the posting gone? */
    public static final String TAKE_DOWN_VERIFIED = "takeDownVerified";
    public static final String TAKE_DOWN_VERIFIER_NOTE = "takeDownVerifierNote";
    /** When it is still visible: a date or duration; default policy.violation.take-down-deadline. */
    public static final String NEW_TAKE_DOWN_DEADLINE = "newTakeDownDeadline";
    // Investigation
    public static final String INVESTIGATION_DUE_AT = "investigationDueAt";
    public static final String INVESTIGATION_STEP = "investigationStep";
    public static final String INVESTIGATION_NOTES = "investigationNotes";
    public static final String QUESTION = "question";
    public static final String QUESTION_DUE_AT = "questionDueAt";
    public static final String ANSWER = "answer";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_DURATION = "extensionDuration";
    public static final String EXTENSION_APPROVED = "extensionApproved";
    public static final String EXTENSION_DECISION_REASON = "extensionDecisionReason";
    // Due process: the notice of allegation and the employee's written statement (§V.B)
    /** When the statement is due; the finding waits for it until then. */
    public static final String STATEMENT_DUE_AT = "statementDueAt";
    public static final String ALLEGATION_NOTICE = "allegationNotice";
    /** The employee's choice: "true" gives the statement, "false" gives none. */
    public static final String STATEMENT_GIVEN = "statementGiven";
    public static final String STATEMENT = "statement";
    /** {@link StatementOutcome#value()}, for the investigator. */
    public static final String STATEMENT_OUTCOME = "statementOutcome";
    // Finding
    public static final String FINDING = "finding";
    public static final String VIOLATED_CLAUSES = "violatedClauses";
    public static final String VIOLATION_NATURE = "violationNature";
    public static final String SEVERITY = "severity";
    public static final String PRIOR_SUSTAINED = "priorSustained";
    public static final String FINDING_NOTICE = "findingNotice";
    // Discipline
    public static final String RECOMMENDATION = "disciplineRecommendation";
    public static final String DISCIPLINE = "discipline";
    public static final String DISCIPLINE_REASON = "disciplineReason";
    public static final String EFFECTIVE_DATE = "effectiveDate";
    public static final String NOTICE_OF_INTENT = "noticeOfIntent";
    /** The measure the last notice of intent announced ({@link Discipline#value}). */
    public static final String NOTICED_DISCIPLINE = "noticedDiscipline";
    /** The final decision: a harsher measure than the one noticed, announced with a new notice of intent. */
    public static final String NEW_NOTICE_OF_INTENT = "newNoticeOfIntent";
    public static final String RESPONSE_DUE_AT = "responseDueAt";
    public static final String EMPLOYEE_RESPONSE = "employeeResponse";
    public static final String DISCIPLINE_NOTICE = "disciplineNotice";
    public static final String ACKNOWLEDGED = "acknowledged";
    // The party process (violation-party-task)
    public static final String PARTY_ID = "partyId";
    public static final String PARTY_TASK_KIND = "partyTaskKind";
    public static final String PARTY_TASK_NAME = "partyTaskName";
    public static final String PARTY_FORM_KEY = "partyFormKey";
    public static final String PARTY_DUE_AT = "partyDueAt";
    // The reporter's process (violation-reporter-task) also takes reportId, caseNumber, question, questionDueAt, answer
    /** The text of a notice to the named reporter. */
    public static final String NOTICE = "notice";
    /** Transient, never stored in the engine: the anonymous report's receipt handle and hash on their way to the register. */
    public static final String RECEIPT_HANDLE = "receiptHandle";
    public static final String RECEIPT_HASH = "receiptHash";
    /** Transient: the process instance that referred the case (an escalated removal), instead of a reporter. */
    public static final String REFERRED_BY = "referredBy";

    private Vars() {}
  }

  /** Values of {@link Vars#ROUTE_TO}. */
  public static final class Routes {
    public static final String INTERNAL_AFFAIRS = "internal-affairs";
    public static final String MY_SUPERVISOR = "my-supervisor";
    /** What Tasklist's start form offers, exactly (FormOptionsTest); REST clients may also name a supervisor. */
    public static final List<String> ALL = List.of(INTERNAL_AFFAIRS, MY_SUPERVISOR);

    private Routes() {}
  }

  /** Values of {@link Vars#INVESTIGATION_STEP}: the investigator's next step. */
  public static final class InvestigationSteps {
    public static final String FINDING = "finding";
    public static final String QUESTION = "question";
    public static final String EXTENSION = "extension";
    /** Every step there is; Tasklist's select offers exactly these (FormOptionsTest). */
    public static final List<String> ALL = List.of(FINDING, QUESTION, EXTENSION);

    private InvestigationSteps() {}
  }

  /** Values of {@link Vars#PARTY_TASK_KIND}: which task of the employee concerned, and so which form and which record. */
  public enum PartyTask {
    ANSWER_ALLEGATION("Answer the allegation", "forms/answer-allegation.html"),
    READ_FINDING_NOTICE("Read the notice of finding", "forms/read-finding-notice.html"),
    RESPOND_TO_NOTICE_OF_INTENT("Respond to the notice of intent", "forms/respond-to-notice-of-intent.html"),
    ACKNOWLEDGE_DISCIPLINE("Acknowledge the discipline notice", "forms/acknowledge-discipline-notice.html"),
    /** §V.B: the Chief directed the posting taken down at once. */
    TAKE_DOWN_POSTING("Take the posting down", "forms/take-down-posting.html");

    public final String taskName;
    public final String formKey;

    PartyTask(String taskName, String form) {
      this.taskName = taskName;
      this.formKey = "embedded:deployment:" + form;
    }
  }

  private ViolationReporting() {}
}
