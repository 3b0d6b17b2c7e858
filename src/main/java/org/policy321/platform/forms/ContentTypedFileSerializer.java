package org.policy321.platform.forms;

import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.variable.serializer.FileValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.policy321.platform.documents.FileVariableRows;
import org.policy321.platform.documents.StoredFileValue;

/**
 * Stores every File variable with the type its content shows, not the one its sender declared, and a
 * file name that cannot do harm: a client that uploads {@code x.html} as {@code text/html} (with PDF
 * bytes in front, to pass the content check) gets {@code layout.pdf}, {@code application/pdf}. Whoever
 * downloads it later — through {@code /engine-rest}, Tasklist or Cockpit, now or from history — gets what
 * the bytes are. Content that is not PDF, PNG or JPEG is stored as {@code application/octet-stream}
 * ({@code <variable>.bin}); the forms' checks refuse it anyway where they expect a file.
 *
 * <p>A name that is already plain ({@code memorandum-DA-2026-0001.pdf}: letters, digits, dot, dash,
 * underscore) and ends in the content's extension is kept; any other becomes {@code <variable>.<ext>}.
 * An empty file field (Tasklist's "no file": no name, no bytes) stays as it is.
 *
 * <p>The bytes themselves go to the {@code document} table ({@link FileVariableRows}), and the variable keeps the
 * row's id in its {@code LONG_} column; the engine copies that id, not the bytes, into the variable's history
 * and historic details. A generated document ({@link StoredFileValue}) is already a row and is only referred
 * to. Variables written before this (their bytes in {@code ACT_GE_BYTEARRAY}, no id) read as they always did.
 */
class ContentTypedFileSerializer extends FileValueSerializer {

  private static final String UNKNOWN_TYPE = "application/octet-stream";
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}");

  private final FileVariableRows rows;

  ContentTypedFileSerializer(FileVariableRows rows) {
    this.rows = rows;
  }

  @Override
  public void writeValue(FileValue value, ValueFields valueFields) {
    StoredFileValue stored = StoredFileValue.of(value);
    if (stored != null) {
      writeReference(stored.documentId(), stored.getFilename(), stored.getMimeType(), valueFields);
      return;
    }
    byte[] content = ((FileValueImpl) value).getByteArray();
    if (content == null || content.length == 0) {
      super.writeValue(value, valueFields);
      valueFields.setLongValue(null);
      return;
    }
    Optional<UploadCheck.Kind> kind = UploadCheck.kindOf(content);
    String fileName = safeName(value.getFilename(), valueFields.getName(), kind.map(k -> k.extension).orElse("bin"));
    String mimeType = kind.map(k -> k.mimeType).orElse(UNKNOWN_TYPE);
    writeReference(rows.storeUpload(valueFields.getName(), fileName, mimeType, content), fileName, mimeType, valueFields);
  }

  @Override
  public FileValue readValue(ValueFields valueFields, boolean deserializeValue, boolean asTransientValue) {
    FileValue plain = super.readValue(valueFields, deserializeValue, asTransientValue);
    Long documentId = valueFields.getLongValue();
    if (documentId == null) {
      return plain;
    }
    StoredFileValue stored = new StoredFileValue(documentId, plain.getFilename(), plain.getMimeType(), rows::content);
    stored.setEncoding(plain.getEncoding());
    stored.setTransient(asTransientValue);
    return stored;
  }

  /** Name and type as the engine writes them, no bytes (a previous value's are deleted), and the row's id. */
  private void writeReference(long documentId, String fileName, String mimeType, ValueFields valueFields) {
    super.writeValue(Variables.fileValue(fileName).mimeType(mimeType).create(), valueFields);
    valueFields.setLongValue(documentId);
  }

  static String safeName(String given, String variableName, String extension) {
    if (given != null && PLAIN_NAME.matcher(given).matches() && given.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
      return given;
    }
    String base = variableName == null ? "" : variableName.replaceAll("[^A-Za-z0-9_-]", "-");
    return (base.isEmpty() ? "file" : base) + "." + extension;
  }
}
