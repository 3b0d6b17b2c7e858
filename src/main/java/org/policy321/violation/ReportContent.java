package org.policy321.violation;

import java.util.List;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.forms.UploadCheck;

/**
 * What a report says (§V.A), named or anonymous, as typed into the form. {@link #checked} refuses
 * anything missing or malformed with a sentence that names the field.
 */
public record ReportContent(
    String subject,
    String placeAndTime,
    String clauses,
    String whatWasPosted,
    String evidenceUrl,
    Upload evidence,
    Boolean endangers,
    String routeTo) {

  /** Evidence may be a screenshot or a PDF (§V.A), checked by content. */
  public Checked checked(long maxEvidenceBytes) {
    String place = FormValues.required(placeAndTime, "Where and when it was posted");
    List<PolicyClause> concerned = PolicyClause.parse(clauses, "The clauses the report concerns");
    String what = FormValues.required(whatWasPosted, "What was posted");
    String url = FormValues.optional(evidenceUrl, "The evidence address", 2000);
    if (url != null && !url.matches("(?i)https?://\\S+")) {
      throw new InvalidInputException("The evidence address must be a web address starting with http:// or https://.");
    }
    if (evidence != null) {
      UploadCheck.check("The evidence file", evidence, maxEvidenceBytes);
    }
    if (endangers == null) {
      throw new InvalidInputException("Say whether the posting may endanger someone's safety or an investigation.");
    }
    String route = FormValues.required(routeTo, "To whom the report goes (Internal Affairs or a supervisor)");
    return new Checked(FormValues.optional(subject, "The employee concerned", 400), place, concerned, what, url,
        evidence, endangers, route);
  }

  /** A report that passed the checks. */
  public record Checked(String subject, String placeAndTime, List<PolicyClause> clauses, String whatWasPosted,
      String evidenceUrl, Upload evidence, boolean endangers, String routeTo) {}
}
