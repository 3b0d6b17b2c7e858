package org.policy321.violation;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.policy321.platform.forms.InvalidInputException;

/**
 * What the Chief or a designee did at once about a report that endangers the safety of others or
 * compromises a criminal investigation (§V.B). Each is recorded with a note; a take-down is tracked
 * to its verified end ({@link TakeDownStep}).
 */
public enum ImmediateAction {
  TAKE_DOWN("take-down", "Take-down directed"),
  PRESERVED("preserved", "Preserved for investigation"),
  REFERRED("referred", "Referred to the prosecutor or another agency"),
  NONE("none", "No action needed");

  /** The form value. */
  public final String value;
  public final String title;

  ImmediateAction(String value, String title) {
    this.value = value;
    this.title = title;
  }

  public static ImmediateAction of(String value) {
    return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst()
        .orElseThrow(() -> new InvalidInputException("Choose the immediate action: " + Arrays.stream(values())
            .map(a -> a.title.toLowerCase()).collect(Collectors.joining(", ")) + "."));
  }
}
