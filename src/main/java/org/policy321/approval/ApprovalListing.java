package org.policy321.approval;

import java.util.List;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.identity.Roster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The approvals list: every approval that still covers a posting or may (issued, active, being
 * removed, removal overdue), or one requester's own. Removed ones are history, not in the list.
 */
@Service
public class ApprovalListing {

  private static final String SELECT = """
      SELECT a.approval_number, a.requester_id, CAST(NULL AS VARCHAR(200)) AS requester_name, r.depictions, r.platform, r.url, a.status,
             a.issued_at, a.acknowledged_at AS active_since, CAST(NULL AS TIMESTAMP) AS acknowledgement_due
        FROM approval a JOIN depiction_request r ON r.id = a.request_id
       WHERE a.status IN ('ISSUED', 'ACTIVE', 'REMOVAL_PENDING', 'REMOVAL_OVERDUE')
      """;

  private final JdbcClient jdbc;
  private final DepictionProperties properties;
  private final Roster roster;

  ApprovalListing(JdbcClient jdbc, DepictionProperties properties, Roster roster) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.roster = roster;
  }

  public List<ApprovalSummary> inForce() {
    return withDueDates(jdbc.sql(SELECT + " ORDER BY a.approval_number").query(ApprovalSummary.class).list());
  }

  public List<ApprovalSummary> inForceFor(String requesterId) {
    return withDueDates(jdbc.sql(SELECT + " AND a.requester_id = :requester ORDER BY a.approval_number")
        .param("requester", requesterId).query(ApprovalSummary.class).list());
  }

  /**
   * Each line names its requester from the roster (issue 17), and an issued approval shows when its
   * acknowledgement is due (the task's due date, §III.R).
   */
  private List<ApprovalSummary> withDueDates(List<ApprovalSummary> lines) {
    return lines.stream().map(line -> line.withRequesterName(roster.nameOf(line.requesterId())))
        .map(line -> line.status() != ApprovalStatus.ISSUED ? line
            : line.withAcknowledgementDue(IsoDurations.plus(line.issuedAt(), properties.acknowledgementDeadline())))
        .toList();
  }
}
