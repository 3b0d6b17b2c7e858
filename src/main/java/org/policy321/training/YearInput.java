package org.policy321.training;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the annual review puts before the Chief or HR (§VI.A): over the twelve months before it opened, the findings
 * of "policy failure" (the policy itself at fault, §V.B), how many approvals were issued (§III.R), how many removals
 * opened, and how many violation cases were received per clause (§V). Read from the features' own registers.
 */
@Component
class YearInput {

  private final NamedParameterJdbcTemplate jdbc;

  YearInput(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  record Summary(List<String> policyFailures, int approvals, int removals, Map<String, Integer> casesByClause) {

    String text(OffsetDateTime from, OffsetDateTime to) {
      StringBuilder text = new StringBuilder("From " + from.toLocalDate() + " to " + to.toLocalDate() + ": ");
      text.append(policyFailures.size()).append(" finding(s) of policy failure")
          .append(policyFailures.isEmpty() ? "" : " (" + String.join(", ", policyFailures) + ")").append("; ")
          .append(approvals).append(" approval(s) issued; ").append(removals).append(" removal(s) opened; ");
      int cases = casesByClause.values().stream().mapToInt(Integer::intValue).sum();
      text.append("violation cases by clause: ");
      if (cases == 0) {
        text.append("none");
      } else {
        List<String> parts = new ArrayList<>();
        casesByClause.forEach((clause, count) -> parts.add(clause + " " + count));
        text.append(String.join(", ", parts));
      }
      return text.append('.').toString();
    }
  }

  Summary between(OffsetDateTime from, OffsetDateTime to) {
    Map<String, Object> range = Map.of("from", from, "to", to);
    List<String> failures = jdbc.queryForList("SELECT case_number FROM violation_report WHERE finding = 'POLICY_FAILURE' "
        + "AND found_at >= :from AND found_at < :to ORDER BY case_number", range, String.class);
    Integer approvals = jdbc.queryForObject("SELECT COUNT(*) FROM approval WHERE issued_at >= :from AND issued_at < :to",
        range, Integer.class);
    Integer removals = jdbc.queryForObject("SELECT COUNT(*) FROM removal_case WHERE opened_at >= :from AND opened_at < :to",
        range, Integer.class);
    Map<String, Integer> byClause = new TreeMap<>();
    for (String clauses : jdbc.queryForList("SELECT clauses FROM violation_report WHERE received_at >= :from "
        + "AND received_at < :to", range, String.class)) {
      for (String clause : clauses.split("[,;\\s]+")) {
        if (!clause.isBlank()) {
          byClause.merge(clause, 1, Integer::sum);
        }
      }
    }
    return new Summary(failures, approvals == null ? 0 : approvals, removals == null ? 0 : removals, byClause);
  }
}
