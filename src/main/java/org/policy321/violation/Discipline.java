package org.policy321.violation;

import java.util.Arrays;
import org.policy321.platform.forms.InvalidInputException;

/**
 * The measures of §V.B, from the mildest: the declaration order is the order of severity (due process
 * compares them, see {@link #harsherThan}). The values are what the DMN table
 * {@code discipline-recommendation} outputs and what the Chief's form sends.
 */
public enum Discipline {
  COUNSELING("counseling", "Counseling"),
  TRAINING_REFERRAL("referral-for-training", "Referral for training"),
  WRITTEN_REPRIMAND("written-reprimand", "Written reprimand"),
  SUSPENSION("suspension", "Suspension"),
  TERMINATION("termination", "Termination");

  public final String value;
  public final String title;

  Discipline(String value, String title) {
    this.value = value;
    this.title = title;
  }

  /** Due process: suspension and termination need a notice of intent and a chance to respond first. */
  public boolean needsNoticeOfIntent() {
    return this == SUSPENSION || this == TERMINATION;
  }

  /** §V.B due process: a final measure harsher than the one a notice of intent announced needs a new notice. */
  public boolean harsherThan(Discipline other) {
    return compareTo(other) > 0;
  }

  public static Discipline of(String value) {
    return Arrays.stream(values()).filter(d -> d.value.equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("Choose a discipline of §V.B: counseling, referral for training, "
            + "written reprimand, suspension or termination."));
  }
}
