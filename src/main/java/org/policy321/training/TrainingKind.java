package org.policy321.training;

import java.util.Arrays;
import org.policy321.platform.forms.InvalidInputException;

/** Why a training runs (§VI.A); a revision asks only for the acknowledgement of the new revision. */
public enum TrainingKind {
  /** Mandatory training on hire (§VI.A): started when a member is hired, or by HR from Tasklist. */
  NEW_HIRE("new-hire", "Training on hire"),
  /** A discipline of "referral for training" (§V.B); the case is linked. */
  REFERRAL("referral", "Referral for training"),
  /** The annual review revised the policy: every employee acknowledges the new revision. */
  REVISION("revision", "Acknowledgement of a revision");

  public final String value;
  public final String title;

  TrainingKind(String value, String title) {
    this.value = value;
    this.title = title;
  }

  /** Whether the employee studies the material and passes the check (else: acknowledgement only). */
  public boolean withMaterial() {
    return this != REVISION;
  }

  public static TrainingKind of(String value) {
    if (value == null || value.isBlank()) {
      return NEW_HIRE;
    }
    return Arrays.stream(values()).filter(kind -> kind.value.equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("\"" + value + "\" is not a kind of training: new-hire, referral or "
            + "revision."));
  }
}
