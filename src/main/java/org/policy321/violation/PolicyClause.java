package org.policy321.violation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policy321.platform.forms.InvalidInputException;

/** The §III and §IV categories a report may concern (POLICY-3.21.md), as the report forms offer them. */
public enum PolicyClause {
  III_A("§III.A", "Department devices used for unauthorized social media"),
  III_C("§III.C", "City network used against the city's IT policy"),
  III_D("§III.D", "Department logos, premises, uniforms, badges, units or equipment without the Chief's consent (§III.Q)"),
  III_F("§III.F", "Unprofessional conduct online"),
  III_G("§III.G", "Harassment, threats or political campaigning while identifying as an employee"),
  III_I("§III.I", "Co-workers' personal information or photos, or confidential information"),
  III_J("§III.J", "Defaming supervisors or employees"),
  III_K("§III.K", "Grievances aired on social media instead of the personnel rules"),
  III_L("§III.L", "Prohibited personal posts (§III.L–§III.O)"),
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

  /**
   * Reads a list of clause codes ("§IV.G, §III.J"; the "§" may be left out). Refuses unknown codes,
   * and an empty list, naming what is accepted.
   */
  public static List<PolicyClause> parse(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(what + " is required: choose at least one clause of §III or §IV.");
    }
    Set<PolicyClause> clauses = new LinkedHashSet<>();
    for (String part : text.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      String code = part.startsWith("§") ? part : "§" + part;
      clauses.add(Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(code)).findFirst()
          .orElseThrow(() -> new InvalidInputException(what + ": '" + part + "' is not a clause of §III or §IV "
              + "(for example §III.J or §IV.G).")));
    }
    return List.copyOf(clauses);
  }

  public static String codes(List<PolicyClause> clauses) {
    return String.join(", ", clauses.stream().map(c -> c.code).toList());
  }
}
