package org.policy321.training;

import java.util.List;

/** Glue between {@code bpmn/social-media-training.bpmn}, its forms and the Java code (§VI.A). */
public final class SocialMediaTraining {

  public static final String PROCESS_KEY = "social-media-training";
  /** The bean every timer and due date of the diagram reads ({@link TrainingDeadlines}). */
  public static final String DEADLINES_BEAN = "trainingDeadlines";
  /** Business keys: the training's number, {@code TR-<id>}. */
  public static final String NUMBER_PREFIX = "TR-";

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String ASSIGNED = "StartEvent_TrainingAssigned";
    public static final String REGISTER = "Task_RegisterTraining";
    public static final String EMPLOYEE_PART = "SubProcess_EmployeeTraining";
    public static final String WHAT_IS_ASKED = "Gateway_TrainingOrAcknowledgement";
    public static final String STUDY_MATERIAL = "Task_StudyMaterial";
    public static final String CHECK_UNDERSTANDING = "Task_CheckUnderstanding";
    public static final String CHECK_PASSED = "Gateway_CheckPassed";
    public static final String ACKNOWLEDGE_REVISION = "Task_AcknowledgeRevision";
    public static final String EMPLOYEE_DONE = "EndEvent_EmployeePartDone";
    public static final String OVERDUE = "Event_TrainingOverdue";
    public static final String SUPERVISOR_FOLLOW_UP = "Task_SupervisorFollowUp";
    public static final String STILL_OVERDUE = "Event_TrainingStillOverdue";
    public static final String HR_FOLLOW_UP = "Task_HrFollowUp";
    public static final String CONFIRMATION_NEEDED = "Gateway_ConfirmationNeeded";
    public static final String CONFIRM_TRAINING = "Task_ConfirmTraining";
    public static final String TRAINING_COMPLETED = "EndEvent_TrainingCompleted";
    public static final String REVISION_ACKNOWLEDGED = "EndEvent_RevisionAcknowledged";

    private Elements() {}
  }

  /** Process variables (and form field names). */
  public static final class Vars {
    /** Whose training it is: set by the application, or chosen by HR on the start form. */
    public static final String EMPLOYEE_ID = "employeeId";
    /** {@link TrainingKind#value}; set by the application (HR's start form starts a training on hire). */
    public static final String KIND = "trainingKind";
    /** The violation case whose discipline referred the employee for training (§V.B), or null. */
    public static final String CASE_NUMBER = "caseNumber";
    // Set by Task_RegisterTraining, never by a form:
    public static final String TRAINING_ID = "trainingId";
    public static final String TRAINING_NUMBER = "trainingNumber";
    public static final String EMPLOYEE_NAME = "employeeName";
    /** The revision the employee acknowledges: its date, ISO ("2026-02-02"), and its summary. */
    public static final String REVISION = "policyRevision";
    public static final String REVISION_SUMMARY = "policyRevisionSummary";
    /** When the employee's part is due (a Date): the due date of their tasks and the first escalation's timer. */
    public static final String DUE_AT = "trainingDueAt";
    // The employee's inputs:
    /** Task_StudyMaterial: the employee says they read the material (a checkbox; must be true). */
    public static final String MATERIAL_READ = "materialRead";
    /** Task_CheckUnderstanding: the answers, a JSON object of question id to the chosen option's id. */
    public static final String CHECK_ANSWERS = "checkAnswers";
    /** Set by the check's listener: whether every answer was right, and what the employee reads about it. */
    public static final String CHECK_PASSED = "checkPassed";
    public static final String CHECK_RESULT = "checkResult";
    /** Task_AcknowledgeRevision: the revision date typed by the employee, and the attestation's checkbox. */
    public static final String ACKNOWLEDGED_REVISION = "acknowledgedRevision";
    public static final String ATTESTED = "attested";
    /** Task_ConfirmTraining (HR): the confirmation's checkbox and an optional note. */
    public static final String CONFIRMED = "trainingConfirmed";
    public static final String CONFIRMATION_NOTE = "confirmationNote";
    /** The follow-up tasks of an overdue training: what the supervisor or HR did about it. */
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    private Vars() {}
  }

  /** The tasks the employee works, in order; an overdue reminder goes to whichever is open. */
  static final List<String> EMPLOYEE_TASKS = List.of(Elements.STUDY_MATERIAL, Elements.CHECK_UNDERSTANDING,
      Elements.ACKNOWLEDGE_REVISION);

  private SocialMediaTraining() {}
}
