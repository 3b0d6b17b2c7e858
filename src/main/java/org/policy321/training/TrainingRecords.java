package org.policy321.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code training_record}: one row per training or acknowledgement, updated step by step. */
@Repository
class TrainingRecords {

  private static final String SELECT = "SELECT * FROM training_record ";

  private final NamedParameterJdbcTemplate jdbc;

  TrainingRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String userId, TrainingKind kind, String caseNumber, String assignedBy, long revisionId,
      String processInstanceId, OffsetDateTime startedAt, OffsetDateTime dueAt) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO training_record (user_id, kind, case_number, assigned_by, revision_id, process_instance_id, "
        + "started_at, due_at) VALUES (:user, :kind, :caseNumber, :by, :revision, :pid, :started, :due)",
        new MapSqlParameterSource().addValue("user", userId).addValue("kind", kind.name())
            .addValue("caseNumber", caseNumber).addValue("by", assignedBy).addValue("revision", revisionId)
            .addValue("pid", processInstanceId).addValue("started", startedAt).addValue("due", dueAt),
        key, new String[] {"id"});
    return key.getKey().longValue();
  }

  TrainingRecord get(long id) {
    return jdbc.query(SELECT + "WHERE id = :id", Map.of("id", id), TrainingRecords::row).get(0);
  }

  Optional<TrainingRecord> find(long id) {
    return jdbc.query(SELECT + "WHERE id = :id", Map.of("id", id), TrainingRecords::row).stream().findFirst();
  }

  List<TrainingRecord> of(String userId) {
    return jdbc.query(SELECT + "WHERE user_id = :user ORDER BY id", Map.of("user", userId), TrainingRecords::row);
  }

  Optional<TrainingRecord> ofProcessInstance(String processInstanceId) {
    return jdbc.query(SELECT + "WHERE process_instance_id = :pid", Map.of("pid", processInstanceId), TrainingRecords::row)
        .stream().findFirst();
  }

  /** The trainings started in the period, both ends inclusive, oldest first. */
  List<TrainingRecord> startedBetween(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.query(SELECT + "WHERE started_at BETWEEN :from AND :to ORDER BY id", Map.of("from", from, "to", to),
        TrainingRecords::row);
  }

  List<TrainingRecord> all() {
    return jdbc.query(SELECT + "ORDER BY id", Map.of(), TrainingRecords::row);
  }

  /** Sets one step's columns of a row; {@code set} is the SQL's SET list over the named values. */
  void update(long id, String set, Map<String, Object> values) {
    MapSqlParameterSource parameters = new MapSqlParameterSource(values).addValue("id", id);
    jdbc.update("UPDATE training_record SET " + set + " WHERE id = :id", parameters);
  }

  private static TrainingRecord row(ResultSet rs, int n) throws SQLException {
    return new TrainingRecord(rs.getLong("id"), rs.getString("user_id"), TrainingKind.valueOf(rs.getString("kind")),
        rs.getString("case_number"), rs.getString("assigned_by"), rs.getLong("revision_id"),
        rs.getString("process_instance_id"), time(rs, "started_at"), time(rs, "due_at"), rs.getInt("material_reads"),
        rs.getInt("failed_checks"), time(rs, "check_passed_at"), time(rs, "acknowledged_at"), rs.getString("attestation"),
        time(rs, "supervisor_reminded_at"), time(rs, "hr_reminded_at"), rs.getString("confirmed_by"),
        time(rs, "confirmed_at"), time(rs, "completed_at"), time(rs, "withdrawn_at"), rs.getString("withdrawn_reason"));
  }

  private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }
}
