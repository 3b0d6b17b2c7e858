package org.policy321.posting;

import java.util.Arrays;
import java.util.List;
import org.policy321.platform.forms.InvalidInputException;

/**
 * What an official post is for: the purposes of the policy's scope for department accounts. The draft form's select
 * offers exactly these values (FormOptionsTest).
 */
public enum PostCategory {
  COMMUNITY_NEWS("community-news", "Community news"),
  CRIME_PREVENTION_TIP("crime-prevention-tip", "Crime prevention tip"),
  /** Purpose 6: critical incidents; the only category an authorized poster may publish at once. */
  CRITICAL_INCIDENT_NOTICE("critical-incident-notice", "Critical incident notice"),
  EVENT("event", "Event"),
  OTHER("other", "Other");

  public final String value;
  public final String label;

  PostCategory(String value, String label) {
    this.value = value;
    this.label = label;
  }

  /** Every value, in the form's order. */
  public static final List<String> ALL = Arrays.stream(values()).map(category -> category.value).toList();

  public static PostCategory of(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("Choose what the post is: " + choices() + ".");
    }
    return Arrays.stream(values()).filter(category -> category.value.equals(value.strip())).findFirst()
        .orElseThrow(() -> new InvalidInputException("\"" + value + "\" is not a kind of official post; choose "
            + choices() + "."));
  }

  private static String choices() {
    return String.join(", ", Arrays.stream(values()).map(category -> category.value).toList());
  }
}
