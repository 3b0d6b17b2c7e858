package org.policy321.violation;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.policy321.platform.documents.FileVariableRows;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code case_evidence}, in plain SQL: lists never read the content. A file's bytes are a row of
 * {@code document}, typed {@value #EVIDENCE} and numbered with the case (records retention removes it with the case),
 * and the item refers to it: the file that came with a report is the row its File variable already holds, so it
 * is stored once (issue 18). Items stored before that keep their bytes in {@code case_evidence.content}.
 */
@Repository
class EvidenceRepository {

  private static final String COLUMNS = "id, violation_report, kind, title, statement, file_name, media_type, sha256, "
      + "size_bytes, added_by, added_at";
  private static final RowMapper<CaseEvidence> ITEM = EvidenceRepository::item;

  /** The {@code document_type} of an evidence file's row. */
  static final String EVIDENCE = "EVIDENCE";

  private final NamedParameterJdbcOperations jdbc;
  private final FileVariableRows files;

  EvidenceRepository(NamedParameterJdbcOperations jdbc, FileVariableRows files) {
    this.jdbc = jdbc;
    this.files = files;
  }

  /**
   * Stores a new item (its id is ignored) of case {@code caseNumber} with its content: a file's bytes, or null for a
   * statement, whose text is the content.
   */
  CaseEvidence insert(CaseEvidence item, byte[] content, String caseNumber) {
    Long documentId = content == null ? null
        : files.storeRecord(EVIDENCE, caseNumber, item.fileName(), item.mediaType(), content);
    MapSqlParameterSource row = new MapSqlParameterSource()
        .addValue("report", item.violationReport())
        .addValue("kind", item.kind().name())
        .addValue("title", item.title())
        .addValue("statement", item.statement())
        .addValue("fileName", item.fileName())
        .addValue("mediaType", item.mediaType())
        .addValue("sha256", item.sha256())
        .addValue("size", item.sizeBytes())
        .addValue("documentId", documentId)
        .addValue("addedBy", item.addedBy())
        .addValue("addedAt", item.addedAt());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update("INSERT INTO case_evidence (violation_report, kind, title, statement, file_name, media_type, sha256, "
        + "size_bytes, document_id, added_by, added_at) VALUES (:report, :kind, :title, :statement, :fileName, :mediaType, "
        + ":sha256, :size, :documentId, :addedBy, :addedAt)", row, key, new String[] {"id"});
    return new CaseEvidence(key.getKeyAs(Number.class).longValue(), item.violationReport(), item.kind(), item.title(),
        item.statement(), item.fileName(), item.mediaType(), item.sha256(), item.sizeBytes(), item.addedBy(),
        item.addedAt());
  }

  /** The items of these reports, oldest first. */
  List<CaseEvidence> ofReports(Collection<Long> reportIds) {
    if (reportIds.isEmpty()) {
      return List.of();
    }
    return jdbc.query("SELECT " + COLUMNS + " FROM case_evidence WHERE violation_report IN (:reports) "
        + "ORDER BY added_at, id", new MapSqlParameterSource("reports", reportIds), ITEM);
  }

  Optional<CaseEvidence> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM case_evidence WHERE id = :id", new MapSqlParameterSource("id", id),
        ITEM).stream().findFirst();
  }

  /** What was stored: the file's bytes, or a statement's text in UTF-8 (the bytes its SHA-256 is of). */
  byte[] content(CaseEvidence item) {
    if (item.kind() == CaseEvidence.Kind.STATEMENT) {
      return item.statement().getBytes(StandardCharsets.UTF_8);
    }
    return jdbc.queryForObject("SELECT COALESCE(e.content, d.content) FROM case_evidence e "
        + "LEFT JOIN document d ON d.id = e.document_id WHERE e.id = :id",
        new MapSqlParameterSource("id", item.id()), (rs, n) -> rs.getBytes(1));
  }

  private static CaseEvidence item(ResultSet rs, int rowNum) throws SQLException {
    return new CaseEvidence(rs.getLong("id"), rs.getLong("violation_report"),
        CaseEvidence.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("statement"),
        rs.getString("file_name"), rs.getString("media_type"), rs.getString("sha256"), rs.getLong("size_bytes"),
        rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class));
  }
}
