package org.policy321.posting;

/**
 * Glue between {@code bpmn/content-guideline-acknowledgement.bpmn}, its form and the Java code (§I.B): one instance
 * per authorized poster and version of the Chief's content guidelines, started by the application when a version is
 * published or a poster authorized, its business key the acknowledgement's case number {@code GA-<id>}. It runs while
 * the version is in force, so its history is kept for as long as the acknowledgement counts.
 */
public final class ContentGuidelineAcknowledgement {

  public static final String PROCESS_KEY = "content-guideline-acknowledgement";
  /** The bean the acknowledgement's timer and due date read ({@link GuidelineDeadlines}). */
  public static final String DEADLINES_BEAN = "guidelineDeadlines";
  /**
   * Correlated by the application to an acknowledgement that no longer counts: its version was superseded by a newer
   * one, or — still pending — its poster's authorization was revoked. Ends the instance wherever it waits.
   */
  public static final String MESSAGE_CLOSED = "GuidelineAcknowledgementClosed";

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String REQUESTED = "StartEvent_AcknowledgementRequested";
    public static final String ACKNOWLEDGE = "Task_AcknowledgeGuidelines";
    public static final String OVERDUE = "BoundaryEvent_AcknowledgementOverdue";
    public static final String REMIND = "Task_RemindPoster";
    public static final String REMINDED = "EndEvent_PosterReminded";
    public static final String NO_LONGER_ASKED = "BoundaryEvent_NoLongerAsked";
    public static final String CLOSED_UNACKNOWLEDGED = "EndEvent_ClosedUnacknowledged";
    public static final String IN_FORCE = "Event_VersionSuperseded";
    public static final String SUPERSEDED = "EndEvent_AcknowledgedVersionSuperseded";

    private Elements() {}
  }

  /** Process variables (and form field names). */
  public static final class Vars {
    /** The case number {@code GA-<id>}, also the business key. */
    public static final String ACKNOWLEDGEMENT_NUMBER = "acknowledgementNumber";
    public static final String POSTER_ID = "posterId";
    /** The poster as people read it ("Public Information Officer Marcus Webb"), from the roster. */
    public static final String POSTER_NAME = "posterName";
    /** The version to acknowledge (an Integer): the task's name and the form's links read it. */
    public static final String GUIDELINE_VERSION = "guidelineVersion";
    public static final String GUIDELINE_TITLE = "guidelineTitle";
    /** The day the version took effect, YYYY-MM-DD. */
    public static final String EFFECTIVE_ON = "effectiveOn";
    /** The form's one field: the poster read and acknowledges the version (Boolean, must be true). */
    public static final String ACKNOWLEDGED = "acknowledged";

    private Vars() {}
  }

  private ContentGuidelineAcknowledgement() {}
}
