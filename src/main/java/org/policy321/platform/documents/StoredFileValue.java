package org.policy321.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.function.LongFunction;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.type.FileValueType;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * A File variable whose bytes are a row of the {@code document} table: the variable, its history and
 * every copy of it hold the row's id, not the bytes (issue 18, "every record stored once"). The bytes
 * are read when someone reads them — a download from Tasklist, Cockpit or {@code /engine-rest}, a
 * delegate building a memorandum — not when a form merely lists the case's variables.
 *
 * <p>Only the application makes these ({@link StoredDocument#asFileValue()} and the File serializer
 * reading a variable back); a client over {@code /engine-rest} can only send a plain File value, which is
 * stored as a new row, so no client can point a variable at a document it was not given.
 */
public final class StoredFileValue extends FileValueImpl {

  private static final long serialVersionUID = 1L;

  private final long documentId;
  private transient LongFunction<byte[]> contentOfRow;

  /** A reference to row {@code documentId}, its content read through {@code contentOfRow} when first needed. */
  public StoredFileValue(long documentId, String fileName, String mimeType, LongFunction<byte[]> contentOfRow) {
    super((FileValueType) ValueType.FILE, fileName);
    this.documentId = documentId;
    this.contentOfRow = contentOfRow;
    setMimeType(mimeType);
  }

  /** The {@code document} row that holds the bytes. */
  public long documentId() {
    return documentId;
  }

  /** A reference as a plain File value, or null when {@code value} is not one. */
  public static StoredFileValue of(FileValue value) {
    return value instanceof StoredFileValue stored ? stored : null;
  }

  @Override
  public synchronized byte[] getByteArray() {
    if (value == null && contentOfRow != null) {
      value = contentOfRow.apply(documentId);
      contentOfRow = null;
    }
    return value;
  }

  @Override
  public InputStream getValue() {
    byte[] content = getByteArray();
    return content == null ? null : new ByteArrayInputStream(content);
  }

  @Override
  public String toString() {
    return "StoredFileValue[document=" + documentId + ", fileName=" + filename + ", mimeType=" + mimeType + "]";
  }
}
