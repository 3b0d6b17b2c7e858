package org.policy321.platform.documents;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A generated document as archived: its bytes, where it came from, and the SHA-256 taken when it
 * was stored. {@code processInstanceId} is null for documents made outside a process.
 *
 * <p>Instances are made by {@link DocumentService#store}; {@code content} is not copied, so treat
 * it as read-only.
 */
@Table("document")
public record StoredDocument(
    @Id Long id,
    String documentType,
    String documentNumber,
    String title,
    String mediaType,
    String fileName,
    String sha256,
    long sizeBytes,
    byte[] content,
    String processInstanceId,
    OffsetDateTime createdAt) {

  /**
   * The document as a File variable, so Tasklist and REST clients can download it from the case: a reference to
   * this row, so the variable and its history do not copy the bytes.
   */
  public FileValue asFileValue() {
    return new StoredFileValue(id, fileName, mediaType, row -> content);
  }

  /** Leaves out the content, which a record's default would show as an array reference. */
  @Override
  public String toString() {
    return "StoredDocument[id=%d, type=%s, number=%s, fileName=%s, sha256=%s, size=%d]"
        .formatted(id, documentType, documentNumber, fileName, sha256, sizeBytes);
  }
}
