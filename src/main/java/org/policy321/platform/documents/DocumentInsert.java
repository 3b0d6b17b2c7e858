package org.policy321.platform.documents;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a new document row with one plain INSERT, bytes bound as they are.
 *
 * <p>Not through {@link StoredDocumentRepository#save}: Spring Data JDBC converts a {@code byte[]}
 * property to {@code Byte[]} and back, one boxed byte at a time, before binding it
 * (spring-projects/spring-data-relational#2063). For a PDF of a few dozen kilobytes that was most
 * of the time to store a document (the throughput benchmark, README "Benchmark"). Reading stays
 * with the repository, which maps the same columns.
 */
@Component
class DocumentInsert {

  private static final String INSERT = """
      INSERT INTO document (document_type, document_number, title, media_type, file_name, sha256,
                            size_bytes, content, process_instance_id, created_at)
      VALUES (:documentType, :documentNumber, :title, :mediaType, :fileName, :sha256,
              :sizeBytes, :content, :processInstanceId, :createdAt)""";

  private final NamedParameterJdbcOperations jdbc;

  DocumentInsert(NamedParameterJdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the document (its id null) and returns it with the id the database gave it. */
  StoredDocument insert(StoredDocument document) {
    MapSqlParameterSource row = new MapSqlParameterSource()
        .addValue("documentType", document.documentType())
        .addValue("documentNumber", document.documentNumber())
        .addValue("title", document.title())
        .addValue("mediaType", document.mediaType())
        .addValue("fileName", document.fileName())
        .addValue("sha256", document.sha256())
        .addValue("sizeBytes", document.sizeBytes())
        .addValue("content", document.content())
        .addValue("processInstanceId", document.processInstanceId())
        .addValue("createdAt", document.createdAt());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(INSERT, row, key, new String[] {"id"});
    long id = key.getKeyAs(Number.class).longValue();
    return new StoredDocument(id, document.documentType(), document.documentNumber(), document.title(),
        document.mediaType(), document.fileName(), document.sha256(), document.sizeBytes(), document.content(),
        document.processInstanceId(), document.createdAt());
  }
}
