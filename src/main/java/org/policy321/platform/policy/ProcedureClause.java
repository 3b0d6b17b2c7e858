package org.policy321.platform.policy;

/**
 * The clauses of Policy 3.21 that ask the department for a procedure, a record or an oversight rather than state
 * a rule of conduct: what the processes carry out (reporting and enforcement, training, the posting log) and what
 * the related-policy field names. The conduct a posting can violate is {@code violation.PolicyClause}; together
 * they are every clause a diagram, a form or a test may cite (docs/clauses.md).
 */
public enum ProcedureClause {
  I_E("§I.E", "Social networking is subject to the department's and the city's other policies"),
  V_A("§V.A", "Violations reported immediately to Internal Affairs or a supervisor; anonymous reports allowed"),
  V_B("§V.B", "Discipline by nature and severity; the Chief's immediate action on endangering disclosures"),
  V_C("§V.C", "Good-faith reporting is protected and never itself a violation"),
  VI_A("§VI.A", "Social media training for every new hire; the policy reviewed every year"),
  VI_B("§VI.B", "HR or an authorized employee oversees the official accounts, approves content, keeps the posting log");

  public final String code;
  public final String title;

  ProcedureClause(String code, String title) {
    this.code = code;
    this.title = title;
  }
}
