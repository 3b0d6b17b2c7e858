package org.policy321.violation;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The clause catalogue ({@link PolicyClause}) as JSON, for the Tasklist forms that offer or explain
 * clauses: {@code GET /api/policy-clauses}, for any signed-in user (the policy is no secret, but /api
 * answers staff only). The anonymous page gets the same list from {@code GET /report/form}.
 */
@RestController
class PolicyClausesController {

  /** One clause as forms list it, with the heading of its part of the policy. */
  record ClauseChoice(String code, String title, String section) {

    static ClauseChoice of(PolicyClause clause) {
      return new ClauseChoice(clause.code, clause.title, clause.section());
    }

    static List<ClauseChoice> catalogue() {
      return Arrays.stream(PolicyClause.values()).map(ClauseChoice::of).toList();
    }
  }

  @GetMapping("/api/policy-clauses")
  List<ClauseChoice> catalogue() {
    return ClauseChoice.catalogue();
  }
}
