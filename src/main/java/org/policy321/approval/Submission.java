package org.policy321.approval;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.forms.Upload;

/**
 * The start form of the memo, checked: §III.E items 1 to 3 plus what is depicted, where and for
 * how long. {@link #of} refuses the first problem it finds with a sentence the requester can act on.
 */
record Submission(
    String proposedUsage,
    String purpose,
    List<Depiction> depictions,
    String platform,
    String url,
    LocalDate postingUntil,
    Upload layout) {

  /**
   * @param postingUntil the last day the posting is up (YYYY-MM-DD), or blank with {@code postingOpenEnded}
   * @param today the requester's today: a posting period cannot end before it
   */
  static Submission of(String proposedUsage, String purpose, String depictions, String platform,
      String url, String postingUntil, Boolean postingOpenEnded, Upload layout, LocalDate today) {
    return new Submission(
        FormValues.required(proposedUsage, "The description of the proposed usage (§III.E item 1)"),
        FormValues.required(purpose, "The purpose of the web site or posting (§III.E item 2)"),
        depictionsOf(depictions),
        FormValues.required(platform, "The platform or site where it will appear"),
        urlOf(url),
        PostingPeriod.until(postingUntil, postingOpenEnded, today),
        layout);
  }

  private static List<Depiction> depictionsOf(String value) {
    String what = "What the request depicts (" + Depiction.allowedValues() + ")";
    List<Depiction> depictions = value == null ? List.of() : List.copyOf(new LinkedHashSet<>(Arrays.stream(value.split(","))
        .filter(v -> !v.isBlank()).map(Depiction::fromValue).toList()));
    if (depictions.isEmpty()) {
      throw new InvalidInputException(what + " is required.");
    }
    if (depictions.stream().anyMatch(d -> d.neverApprovable)) {
      throw new InvalidInputException(Depiction.NEVER_APPROVABLE);
    }
    return depictions;
  }

  private static String urlOf(String value) {
    return FormValues.webAddress(value, "The address (URL)");
  }

}
