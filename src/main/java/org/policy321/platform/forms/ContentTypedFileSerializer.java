package org.policy321.platform.forms;

import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.variable.serializer.FileValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.value.FileValue;

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
 */
class ContentTypedFileSerializer extends FileValueSerializer {

  private static final String UNKNOWN_TYPE = "application/octet-stream";
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}");

  @Override
  public void writeValue(FileValue value, ValueFields valueFields) {
    byte[] content = ((FileValueImpl) value).getByteArray();
    if (content == null || content.length == 0) {
      super.writeValue(value, valueFields);
      return;
    }
    Optional<UploadCheck.Kind> kind = UploadCheck.kindOf(content);
    String extension = kind.map(k -> k.extension).orElse("bin");
    FileValue safe = Variables.fileValue(safeName(value.getFilename(), valueFields.getName(), extension))
        .file(content).mimeType(kind.map(k -> k.mimeType).orElse(UNKNOWN_TYPE)).create();
    super.writeValue(safe, valueFields);
  }

  static String safeName(String given, String variableName, String extension) {
    if (given != null && PLAIN_NAME.matcher(given).matches() && given.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
      return given;
    }
    String base = variableName == null ? "" : variableName.replaceAll("[^A-Za-z0-9_-]", "-");
    return (base.isEmpty() ? "file" : base) + "." + extension;
  }
}
