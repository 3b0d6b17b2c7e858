package org.policy321.violation;

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

  @GetMapping("/api/policy-clauses")
  List<ClauseChoice> catalogue() {
    return ClauseChoice.catalogue();
  }
}
