package org.policy321.approval;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policy321.platform.config.IsoDurations;
import org.policy321.platform.identity.Roster;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The approvals list (§III.R): approvals in the statuses asked for — every status, from issued to removed in
 * part, for the approvals page (issue 17) — or one requester's own.
 */
@Service
public class ApprovalListing {

  /** The approvals that still cover a posting or may: issued, active, being removed, removal overdue. */
  public static final Set<ApprovalStatus> IN_FORCE = EnumSet.of(ApprovalStatus.ISSUED, ApprovalStatus.ACTIVE,
      ApprovalStatus.REMOVAL_PENDING, ApprovalStatus.REMOVAL_OVERDUE);

  private static final String SELECT = """
      SELECT a.approval_number, a.requester_id, r.depictions, r.platform, r.url, a.status, a.issued_at, a.acknowledged_at
        FROM approval a JOIN depiction_request r ON r.id = a.request_id
       WHERE a.status IN (:statuses)
      """;

  /**
   * A line by column. Spring's property mapper ({@code query(ApprovalSummary.class)}) matched every column to a
   * property by name again for every row: a third of a page's time (issue 18). The name and due date come after.
   */
  private static final RowMapper<ApprovalSummary> LINE = (row, rowNumber) -> new ApprovalSummary(
      row.getString("approval_number"), row.getString("requester_id"), null, row.getString("depictions"),
      row.getString("platform"), row.getString("url"), ApprovalStatus.valueOf(row.getString("status")),
      row.getObject("issued_at", OffsetDateTime.class), row.getObject("acknowledged_at", OffsetDateTime.class), null);

  private final JdbcClient jdbc;
  private final DepictionProperties properties;
  private final Roster roster;

  ApprovalListing(JdbcClient jdbc, DepictionProperties properties, Roster roster) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.roster = roster;
  }

  public List<ApprovalSummary> inForce() {
    return withStatus(IN_FORCE);
  }

  public List<ApprovalSummary> inForceFor(String requesterId) {
    return withStatusFor(requesterId, IN_FORCE);
  }

  /** Every approval in one of the statuses, by number. */
  public List<ApprovalSummary> withStatus(Set<ApprovalStatus> statuses) {
    return withDueDates(jdbc.sql(SELECT + " ORDER BY a.approval_number")
        .param("statuses", names(statuses)).query(LINE).list());
  }

  /** The requester's own approvals in one of the statuses, by number. */
  public List<ApprovalSummary> withStatusFor(String requesterId, Set<ApprovalStatus> statuses) {
    return withDueDates(jdbc.sql(SELECT + " AND a.requester_id = :requester ORDER BY a.approval_number")
        .param("statuses", names(statuses)).param("requester", requesterId).query(LINE).list());
  }

  /** One page of a list: its lines and how many lines the whole list has. */
  public record Page(List<ApprovalSummary> lines, long total) {}

  /**
   * A page of the approvals in one of the statuses, newest first ({@code requesterId} null: everyone's), and how many
   * there are: what a person reads, so that a register ten years long costs what a short one does (issue 18).
   */
  public Page page(Set<ApprovalStatus> statuses, String requesterId, int offset, int limit) {
    String own = requesterId == null ? "" : " AND a.requester_id = :requester";
    var lines = jdbc.sql(SELECT + own + " ORDER BY a.approval_number DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
        .param("statuses", names(statuses)).param("requester", requesterId).param("offset", offset)
        .param("limit", limit).query(LINE).list();
    long total = jdbc.sql("SELECT COUNT(*) FROM approval a WHERE a.status IN (:statuses)" + own)
        .param("statuses", names(statuses)).param("requester", requesterId).query(Long.class).single();
    return new Page(withDueDates(lines), total);
  }

  private static List<String> names(Set<ApprovalStatus> statuses) {
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("At least one status is needed: IN () is no SQL");
    }
    return statuses.stream().map(Enum::name).toList();
  }

  /**
   * Each line names its requester from the roster (issue 17), and an issued approval shows when its
   * acknowledgement is due (the task's due date, §III.R).
   */
  private List<ApprovalSummary> withDueDates(List<ApprovalSummary> lines) {
    // The requesters named with one query per list, not one per line.
    Map<String, String> names = roster.namesOf(lines.stream().map(ApprovalSummary::requesterId).toList());
    return lines.stream().map(line -> line.withRequesterName(names.get(line.requesterId())))
        .map(line -> line.status() != ApprovalStatus.ISSUED ? line
            : line.withAcknowledgementDue(IsoDurations.plus(line.issuedAt(), properties.acknowledgementDeadline())))
        .toList();
  }
}
