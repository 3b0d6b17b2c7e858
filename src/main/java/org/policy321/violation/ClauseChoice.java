package org.policy321.violation;

import java.util.Arrays;
import java.util.List;

/** One clause of the catalogue ({@link PolicyClause}) as forms list it, with the heading of its part of the policy. */
public record ClauseChoice(String code, String title, String section) {

  static ClauseChoice of(PolicyClause clause) {
    return new ClauseChoice(clause.code, clause.title, clause.section());
  }

  /** Every clause, in the policy's order: for the Tasklist forms and the anonymous page alike. */
  public static List<ClauseChoice> catalogue() {
    return Arrays.stream(PolicyClause.values()).map(ClauseChoice::of).toList();
  }
}
