package org.policy321.violation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.policy321.platform.forms.InvalidInputException;

/**
 * The clause catalogue of Policy 3.21 (POLICY-3.21.md): every clause a posting can violate, each on
 * its own. The one place the Tasklist report form, the anonymous page, findings and notices take
 * their clauses from ({@code GET /api/policy-clauses}, {@code GET /report/form}).
 *
 * <p>The restatement lists §III.L–§III.O together; the catalogue gives each its share of that list in
 * the policy's order (L unfavourable depictions, M posts about proceedings, actions and personnel,
 * N explicit or violent material — discoverable, it impeaches testimony — O comments on force,
 * statistics and the rest), and splits §II.A into its four duties.
 */
public enum PolicyClause {
  I_A("§I.A", "Posting to or managing a department account without the Chief's authorization, or from unapproved equipment"),
  I_B("§I.B", "Content outside the Chief's guidelines posted without prior approval, or not through the chain of command"),
  I_C("§I.C", "Content not fit for public release or outside the release-of-information policies"),
  I_D("§I.D", "A department page without the maintained-by statement, phone number and address"),
  II_A_1("§II.A.1", "An authorized poster not identifying as an employee or not keeping department standards"),
  II_A_2("§II.A.2", "Statements on the guilt or innocence of suspects or arrestees, or on pending prosecutions"),
  II_A_3("§II.A.3", "Confidential information, or photos or video of training, activities or assignments, released without authorization"),
  II_A_4("§II.A.4", "Political activity or private business on a department account"),
  II_B("§II.B", "Official comments on other sites beyond what the duty requires"),
  II_C("§II.C", "Official posts not factual, partisan or unapproved, or without records of posts and approvals"),
  II_D("§II.D", "Social media investigations outside approved procedures (chain of custody, documented searches)"),
  II_E("§II.E", "Unprofessional language or images in official use"),
  II_F("§II.F", "References or recommendations given through social networking"),
  III_A("§III.A", "Department devices used for unauthorized social media"),
  III_B("§III.B", "Refusing the social media disclosure the department may require upon a complaint or in a background investigation"),
  III_C("§III.C", "City network used against the city's IT policy"),
  III_D("§III.D", "Department logos, premises, uniforms, badges, units or equipment without the Chief's consent; body-worn camera footage or personnel records posted"),
  III_E("§III.E", "Department references or depictions used without a memorandum to the Chief"),
  III_F("§III.F", "Unprofessional conduct online"),
  III_G("§III.G", "Harassment, threats or political campaigning while identifying as an employee or in uniform"),
  III_H("§III.H", "References given through social media instead of by mail or e-mail"),
  III_I("§III.I", "Co-workers' personal information or photos, or medical, disciplinary, personnel or confidential information"),
  III_J("§III.J", "Defaming supervisors or employees"),
  III_K("§III.K", "Grievances aired on social media instead of the Personnel Rules and Civil Service Commission"),
  III_L("§III.L", "Personal posts depicting the department unfavourably"),
  III_M("§III.M", "Personal posts about investigations or proceedings involving city employees, law-enforcement actions, or department policies, practices or personnel"),
  III_N("§III.N", "Sexually explicit, violent, racially or ethnically derogatory material, poses glorifying violence or weapons, or alcohol abuse"),
  III_O("§III.O", "Comments on use of force, statistics, arrests or citations; insensitivity, nudity, obscenity, vulgarity or promotion of unlawful conduct"),
  III_P("§III.P", "Personal information posted against the safety advice (addresses, family, schools)"),
  III_Q("§III.Q", "Department images used without the Chief's express consent"),
  III_R("§III.R", "Approved depictions not removed when no longer appropriate or when directed"),
  IV_A("§IV.A", "A suspect's identity before arrest"),
  IV_B("§IV.B", "Anything identifying a juvenile offender"),
  IV_C("§IV.C", "Active details of a criminal case"),
  IV_D("§IV.D", "Statements on an accused's character or guilt"),
  IV_E("§IV.E", "Personnel, medical or disciplinary records of a city employee"),
  IV_F("§IV.F", "An accused's criminal record"),
  IV_G("§IV.G", "Names of victims of sexual assault or child molestation"),
  IV_H("§IV.H", "Information about a crime known only to the perpetrator"),
  IV_I("§IV.I", "Doxxing, threats, harassing or discriminatory content"),
  IV_J("§IV.J", "Political endorsements while identifying as an employee"),
  IV_K("§IV.K", "Impersonating the department or unauthorized official accounts");

  public final String code;
  public final String title;

  PolicyClause(String code, String title) {
    this.code = code;
    this.title = title;
  }

  /** The part of the policy the clause belongs to, as a heading for lists ("§III On-duty and off-duty use"). */
  public String section() {
    String part = code.substring(1, code.indexOf('.'));
    return switch (part) {
      case "I" -> "§I Department-sanctioned presence";
      case "II" -> "§II Official use";
      case "III" -> "§III On-duty and off-duty use";
      default -> "§IV Prohibited content";
    };
  }

  /**
   * Reads a list of clause codes ("§IV.G, §III.J"; the "§" may be left out). Refuses unknown codes,
   * and an empty list, naming what is accepted.
   */
  public static List<PolicyClause> parse(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(what + " is required: choose at least one clause of Policy 3.21 (§I to §IV).");
    }
    Set<PolicyClause> clauses = new LinkedHashSet<>();
    for (String part : text.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      String code = part.startsWith("§") ? part : "§" + part;
      clauses.add(Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(code)).findFirst()
          .orElseThrow(() -> new InvalidInputException(what + ": '" + part + "' is not a clause of Policy 3.21 "
              + "(for example §I.A, §II.A.2, §III.J or §IV.G; the list is on the form).")));
    }
    return List.copyOf(clauses);
  }

  public static String codes(List<PolicyClause> clauses) {
    return String.join(", ", clauses.stream().map(c -> c.code).toList());
  }

  /** Codes as stored on a case, each with its title, one per line: what notices print. */
  public static String described(String storedCodes) {
    if (storedCodes == null || storedCodes.isBlank()) {
      return "";
    }
    return parse(storedCodes, "The case's clauses").stream().map(c -> c.code + " " + c.title)
        .collect(Collectors.joining("\n"));
  }
}
