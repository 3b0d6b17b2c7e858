package org.policy321.audit.register;

import static org.policy321.audit.register.RegisterTable.cell;

import java.time.OffsetDateTime;
import java.util.List;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The approvals register for auditors (issue 13): every depiction approval request (§III.E) in every status —
 * under review, approved, disapproved, withdrawn, lapsed — with its approval number where one was issued
 * (§III.R), oldest first. The approvals list ({@code /api/approvals}) shows only the approvals in force.
 */
@Service
class ApprovalsRegister {

  static final String TITLE = "Register of depiction approval requests";

  private final JdbcClient jdbc;
  private final Roster roster;

  ApprovalsRegister(JdbcClient jdbc, Roster roster) {
    this.jdbc = jdbc;
    this.roster = roster;
  }

  /** One request: numbers, who asked and who decided (by name and rank), what became of it and when. */
  record Line(String requestNumber, String approvalNumber, String requester, String requesterRank,
      OffsetDateTime submittedAt, String status, String decision, String decidedBy, OffsetDateTime decidedAt,
      OffsetDateTime closedAt, String approvalStatus) {}

  private record Row(long id, String approvalNumber, String requesterId, OffsetDateTime submittedAt, String status,
      String decision, String decidedBy, OffsetDateTime decidedAt, OffsetDateTime closedAt, String approvalStatus) {}

  List<Line> lines(RegisterPeriod period) {
    return jdbc.sql("""
            SELECT r.id, a.approval_number, r.requester_id, r.submitted_at, r.status, r.decision, r.decided_by,
                   r.decided_at, r.closed_at, a.status AS approval_status
              FROM depiction_request r LEFT JOIN approval a ON a.request_id = r.id
             WHERE r.submitted_at >= :start AND r.submitted_at < :end
             ORDER BY r.submitted_at, r.id""")
        .param("start", period.start()).param("end", period.endExclusive())
        .query(Row.class).list().stream().map(this::line).toList();
  }

  RegisterTable table(RegisterPeriod period) {
    return new RegisterTable(TITLE, period, List.of("Request", "Approval", "Requester", "Rank", "Submitted", "Status",
        "Decision", "Decided by", "Decided", "Closed", "Approval status"),
        lines(period).stream().map(line -> List.of(line.requestNumber(), cell(line.approvalNumber()),
            line.requester(), line.requesterRank(), cell(line.submittedAt()), line.status(), cell(line.decision()),
            cell(line.decidedBy()), cell(line.decidedAt()), cell(line.closedAt()), cell(line.approvalStatus())))
            .toList());
  }

  private Line line(Row row) {
    StaffMember requester = roster.member(row.requesterId());
    return new Line("DR-" + row.id(), row.approvalNumber(), requester.fullName(), requester.rank(),
        row.submittedAt(), row.status(), row.decision(),
        row.decidedBy() == null ? null : roster.member(row.decidedBy()).fullName(), row.decidedAt(), row.closedAt(),
        row.approvalStatus());
  }
}
