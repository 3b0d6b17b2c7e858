package org.policy321.platform.forms;

import org.camunda.bpm.engine.variable.value.FileValue;

/** A file a person handed in through a form: its name, declared type and content. */
public record Upload(String fileName, String declaredMimeType, byte[] content) {

  /** The upload behind a File variable, or null when the optional field was left empty. */
  public static Upload of(FileValue file) {
    if (file == null || file.getValue() == null) {
      return null;
    }
    try (var in = file.getValue()) {
      return new Upload(file.getFilename(), file.getMimeType(), in.readAllBytes());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read uploaded file " + file.getFilename(), e);
    }
  }
}
