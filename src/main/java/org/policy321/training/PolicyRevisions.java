package org.policy321.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policy321.platform.forms.InvalidInputException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * The register of the policy's revisions (§VI.A): the current revision is the one with the latest revision date;
 * the first is the policy as the department adopted it (2026-02-02, the migration's row). A revision is recorded
 * by the annual review and never changed.
 */
@Service
public class PolicyRevisions {

  private static final String COLUMNS = "SELECT id, revision_date, summary, recorded_by, recorded_at FROM policy_revision ";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  PolicyRevisions(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public PolicyRevision current() {
    return jdbc.query(COLUMNS + "ORDER BY revision_date DESC, id DESC", Map.of(), PolicyRevisions::row).get(0);
  }

  public PolicyRevision get(long id) {
    return jdbc.query(COLUMNS + "WHERE id = :id", Map.of("id", id), PolicyRevisions::row).get(0);
  }

  /** Every revision, the newest first. */
  public List<PolicyRevision> all() {
    return jdbc.query(COLUMNS + "ORDER BY revision_date DESC, id DESC", Map.of(), PolicyRevisions::row);
  }

  /** Records a new revision: dated after the current one and not in the future, with a summary of what changed. */
  PolicyRevision record(LocalDate revisionDate, String summary, String recordedBy, String processInstanceId) {
    PolicyRevision current = current();
    if (!revisionDate.isAfter(current.revisionDate())) {
      throw new InvalidInputException("The revision date " + revisionDate + " must be after the current revision's, "
          + current.revisionDate() + ".");
    }
    if (revisionDate.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("The revision date " + revisionDate + " is in the future; record a revision once "
          + "it has been adopted.");
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO policy_revision (revision_date, summary, recorded_by, recorded_at, process_instance_id) "
        + "VALUES (:date, :summary, :by, :at, :pid)", new MapSqlParameterSource()
        .addValue("date", revisionDate).addValue("summary", summary).addValue("by", recordedBy)
        .addValue("at", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS)).addValue("pid", processInstanceId),
        key, new String[] {"id"});
    return get(key.getKey().longValue());
  }

  Optional<PolicyRevision> byDate(LocalDate date) {
    return jdbc.query(COLUMNS + "WHERE revision_date = :date", Map.of("date", date), PolicyRevisions::row).stream()
        .findFirst();
  }

  private static PolicyRevision row(ResultSet rs, int n) throws SQLException {
    return new PolicyRevision(rs.getLong("id"), rs.getObject("revision_date", LocalDate.class), rs.getString("summary"),
        rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
  }
}
