package org.policy321.training;

import java.util.List;

/** Glue between {@code bpmn/policy-annual-review.bpmn}, its form and the Java code (§VI.A). */
public final class PolicyAnnualReview {

  public static final String PROCESS_KEY = "policy-annual-review";
  /** Business keys: the review's number, {@code PR-<id>}. */
  public static final String NUMBER_PREFIX = "PR-";

  /** Element ids of the diagram. */
  public static final class Elements {
    public static final String REVIEW_DUE = "StartEvent_AnnualReviewDue";
    public static final String GATHER_INPUT = "Task_GatherYearInput";
    public static final String REVIEW_POLICY = "Task_ReviewPolicy";
    public static final String POLICY_REVISED = "Gateway_PolicyRevised";
    public static final String ASK_EVERY_EMPLOYEE = "Task_AskEveryEmployee";
    public static final String UNCHANGED = "EndEvent_PolicyUnchanged";
    public static final String REVISED = "EndEvent_PolicyRevised";

    private Elements() {}
  }

  /** Process variables (and form field names). */
  public static final class Vars {
    // Set by Task_GatherYearInput, never by a form:
    public static final String REVIEW_ID = "reviewId";
    public static final String REVIEW_NUMBER = "reviewNumber";
    public static final String REVIEW_YEAR = "reviewYear";
    /** The year's input as the reviewer reads it (findings of policy failure, approvals, removals, cases by clause). */
    public static final String REVIEW_INPUT = "reviewInput";
    public static final String CURRENT_REVISION = "currentRevision";
    // The reviewer's inputs:
    /** {@link Outcomes}. */
    public static final String OUTCOME = "policyReviewOutcome";
    /** Revised: the revision's date (ISO, e.g. 2027-01-20) and a summary of what changed. */
    public static final String REVISION_DATE = "revisionDate";
    public static final String REVISION_SUMMARY = "revisionSummary";
    public static final String NOTE = "reviewNote";
    /** Set by the listener: the revision recorded (its id), when the policy was revised. */
    public static final String REVISION_ID = "revisionId";

    private Vars() {}
  }

  /** Values of {@link Vars#OUTCOME}. */
  public static final class Outcomes {
    public static final String NO_CHANGE = "no-change";
    public static final String REVISED = "revised";
    /** Every outcome there is; the form's select offers exactly these (FormOptionsTest). */
    public static final List<String> ALL = List.of(NO_CHANGE, REVISED);

    private Outcomes() {}
  }

  private PolicyAnnualReview() {}
}
