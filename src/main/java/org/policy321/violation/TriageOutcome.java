package org.policy321.violation;

import java.util.Arrays;
import org.policy321.platform.forms.InvalidInputException;

/** What triage makes of a report (§V.A); the form value is the lower-case name with hyphens. */
public enum TriageOutcome {
  /** A violation to investigate. */
  ACCEPT,
  /** The supervisor the report was routed to hands it to Internal Affairs. */
  HAND_OFF,
  /** The same matter as an open case: merged into it. */
  DUPLICATE,
  /** Closed with a reason. */
  NOT_A_VIOLATION;

  public String value() {
    return name().toLowerCase().replace('_', '-');
  }

  public static TriageOutcome of(String value) {
    return Arrays.stream(values()).filter(o -> o.value().equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("Choose what triage decides: accept, hand to Internal Affairs, "
            + "merge as a duplicate, or close as not a violation."));
  }
}
