package org.policy321.approval;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The approvals list: every approval in force or being removed, or one requester's own. */
@Service
public class ApprovalListing {

  private static final String SELECT = """
      SELECT a.approval_number, a.requester_id, r.depictions, r.platform, r.url, a.status,
             a.acknowledged_at AS active_since
        FROM approval a JOIN depiction_request r ON r.id = a.request_id
       WHERE a.status IN ('ACTIVE', 'REMOVAL_PENDING')
      """;

  private final JdbcClient jdbc;

  ApprovalListing(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ApprovalSummary> inForce() {
    return jdbc.sql(SELECT + " ORDER BY a.approval_number").query(ApprovalSummary.class).list();
  }

  public List<ApprovalSummary> inForceFor(String requesterId) {
    return jdbc.sql(SELECT + " AND a.requester_id = :requester ORDER BY a.approval_number")
        .param("requester", requesterId).query(ApprovalSummary.class).list();
  }
}
