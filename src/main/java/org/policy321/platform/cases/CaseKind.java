package org.policy321.platform.cases;

/** The kinds of record the product keeps, each with its own retention (README "Records retention"). */
public enum CaseKind {
  /** §III.E–R: a request for approval to depict the department, its approval, removal and reviews. */
  DEPICTION_APPROVAL("Depiction approval"),
  /** §V: a violation report, its investigation, finding and discipline. */
  VIOLATION_CASE("Violation case"),
  /** §I.B, §II.C, §VI.B: an official post, its screen, approvals and publication (the posting log stays for good). */
  OFFICIAL_POST("Official post"),
  /** §VI.A: an employee's training or acknowledgement of a revision, and the annual reviews of the policy. */
  TRAINING_RECORD("Training record"),
  /** §I.B: an authorized poster's acknowledgement of one version of the Chief's content guidelines. */
  GUIDELINE_ACKNOWLEDGEMENT("Content guidelines acknowledgement"),
  /** §I.D, §VI.B: one yearly review of an official account's checklist by its overseer. */
  OFFICIAL_ACCOUNT_REVIEW("Official account review");

  private final String label;

  CaseKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
