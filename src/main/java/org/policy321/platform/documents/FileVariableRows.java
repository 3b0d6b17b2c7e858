package org.policy321.platform.documents;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where File variables keep their bytes: rows of the {@code document} table (issue 18). A file handed in
 * through a form or {@code /engine-rest} becomes a row of type {@value #UPLOAD}, numbered by its variable's
 * name; a generated document is already a row and is only referred to. The engine's variable, its
 * history and its historic details hold the row's id ({@code LONG_}), so a layout that used to be
 * written four times (variable, historic variable, historic detail, memorandum's row) is written once.
 *
 * <p>Runs inside the engine's command, on its connection and transaction (the application's
 * {@code DataSource} is the engine's, Spring's transaction manager is the engine's): a refused start or
 * completion leaves no row behind.
 */
@Component
public class FileVariableRows {

  /** The {@code document_type} of a file that came in as a File variable. */
  public static final String UPLOAD = "UPLOAD";

  private final DocumentInsert inserts;
  private final NamedParameterJdbcOperations jdbc;

  FileVariableRows(DocumentInsert inserts, NamedParameterJdbcOperations jdbc) {
    this.inserts = inserts;
    this.jdbc = jdbc;
  }

  /**
   * Stores an uploaded file's bytes as a new row and returns its id; the same bytes again in the same transaction
   * (an answer's new layout becoming the layout, one file in two fields) are the same row.
   */
  public long storeUpload(String variableName, String fileName, String mediaType, byte[] content) {
    String number = variableName == null || variableName.isBlank() ? "file" : variableName;
    return store(UPLOAD, number, fileName, mediaType, content).id();
  }

  /**
   * Keeps a file as a record of case {@code caseNumber} (evidence): in the row a File variable of this transaction
   * already holds it in (the report's evidence upload), or in a new one; typed and numbered as the case's, so records
   * retention removes it with the case's records ({@link DocumentService#removeOfCase}) and not before.
   */
  public long storeRecord(String type, String caseNumber, String fileName, String mediaType, byte[] content) {
    Row row = store(type, caseNumber, fileName, mediaType, content);
    if (row.reused()) {
      jdbc.update("UPDATE document SET document_type = :type, document_number = :number WHERE id = :id",
          new MapSqlParameterSource("type", type).addValue("number", caseNumber).addValue("id", row.id()));
    }
    return row.id();
  }

  /** A row that holds a file's bytes; {@code reused} when this transaction had already stored them. */
  private record Row(long id, boolean reused) {}

  private Row store(String type, String number, String fileName, String mediaType, byte[] content) {
    String sha256 = DocumentService.sha256Hex(content);
    Map<String, Long> storedInThisTransaction = storedInThisTransaction();
    Long stored = storedInThisTransaction.get(sha256);
    if (stored != null) {
      return new Row(stored, true);
    }
    // The engine's clock: what the variable's history records as the time of the change.
    OffsetDateTime now = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.MICROS);
    long id = inserts.insert(new StoredDocument(null, type, shorten(number, 60), shorten(fileName, 200), mediaType,
        shorten(fileName, 200), sha256, content.length, content, null, now)).id();
    storedInThisTransaction.put(sha256, id);
    return new Row(id, false);
  }

  /** The bytes of row {@code id}; a row removed by records retention reads as an empty file. */
  public byte[] content(long id) {
    return jdbc.query("SELECT content FROM document WHERE id = :id", new MapSqlParameterSource("id", id),
        rs -> rs.next() ? rs.getBytes(1) : new byte[0]);
  }

  /**
   * Removes the uploads no variable refers to any more, running or in history: the engine's history cleanup
   * removed the last case that held them (records retention). Generated documents are removed with their
   * case's records instead ({@link DocumentService#removeOfCase}).
   *
   * @return how many were removed
   */
  public int removeUnreferencedUploads() {
    return jdbc.update("""
        DELETE FROM document WHERE document_type = :upload
          AND id NOT IN (SELECT LONG_ FROM ACT_RU_VARIABLE WHERE TYPE_ = 'file' AND LONG_ IS NOT NULL)
          AND id NOT IN (SELECT LONG_ FROM ACT_HI_VARINST WHERE VAR_TYPE_ = 'file' AND LONG_ IS NOT NULL)
          AND id NOT IN (SELECT LONG_ FROM ACT_HI_DETAIL WHERE VAR_TYPE_ = 'file' AND LONG_ IS NOT NULL)""",
        new MapSqlParameterSource("upload", UPLOAD));
  }

  /**
   * The uploads stored in the running transaction, by SHA-256; an empty map to write into and forget outside one.
   * A row is only reused within the transaction that wrote it, so a rolled-back row is never referred to.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Long> storedInThisTransaction() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return new HashMap<>();
    }
    Map<String, Long> stored = (Map<String, Long>) TransactionSynchronizationManager.getResource(this);
    if (stored == null) {
      stored = new HashMap<>();
      TransactionSynchronizationManager.bindResource(this, stored);
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(FileVariableRows.this);
        }
      });
    }
    return stored;
  }

  private static String shorten(String text, int max) {
    String given = text == null ? "" : text;
    return given.length() <= max ? given : given.substring(0, max);
  }
}
