package org.policy321.violation;

import java.util.Arrays;
import org.policy321.platform.forms.InvalidInputException;

/** The investigation's finding (§V.B); only a sustained finding leads to discipline. */
public enum Finding {
  SUSTAINED("Sustained: the employee committed the violation"),
  NOT_SUSTAINED("Not sustained: the evidence neither proves nor disproves the allegation"),
  UNFOUNDED("Unfounded: the reported act did not occur"),
  EXONERATED("Exonerated: the act occurred but was lawful and within policy"),
  POLICY_FAILURE("Policy failure: the act occurred because the policy itself is at fault");

  public final String meaning;

  Finding(String meaning) {
    this.meaning = meaning;
  }

  public String value() {
    return name().toLowerCase().replace('_', '-');
  }

  public static Finding of(String value) {
    return Arrays.stream(values()).filter(f -> f.value().equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("Choose a finding: sustained, not sustained, unfounded, "
            + "exonerated or policy failure."));
  }
}
