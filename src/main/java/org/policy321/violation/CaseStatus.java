package org.policy321.violation;

/** Where a violation case stands, as its reporter may read it (§V.A, CALEA 52.2.4). */
public enum CaseStatus {
  RECEIVED("Received; waiting for triage"),
  UNDER_INVESTIGATION("Under investigation"),
  MERGED("Merged into another open case about the same matter"),
  NOT_A_VIOLATION("Closed: not a violation of Policy 3.21"),
  DISCIPLINE_PENDING("Investigation complete; action is being decided"),
  CLOSED("Closed");

  public final String description;

  CaseStatus(String description) {
    this.description = description;
  }

  public boolean isOpen() {
    return this == RECEIVED || this == UNDER_INVESTIGATION || this == DISCIPLINE_PENDING;
  }
}
