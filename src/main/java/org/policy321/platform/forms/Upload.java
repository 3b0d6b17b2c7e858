package org.policy321.platform.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.web.multipart.MultipartFile;

/** A file a person handed in through a form: its name, declared type and content. */
public record Upload(String fileName, String declaredMimeType, byte[] content) {

  /**
   * The upload behind a File variable, or null when the optional field was left empty. Tasklist's
   * embedded forms submit a file field left empty as a File variable with no file name and no
   * content; that is "no file", not an empty file (an empty file has a name).
   */
  public static Upload of(FileValue file) {
    if (file == null || file.getValue() == null) {
      return null;
    }
    byte[] content;
    try (var in = file.getValue()) {
      content = in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot read uploaded file " + file.getFilename(), e);
    }
    if (content.length == 0 && (file.getFilename() == null || file.getFilename().isBlank())) {
      return null;
    }
    return new Upload(file.getFilename(), file.getMimeType(), content);
  }

  /**
   * The upload behind a multipart form field (the application's own pages), or null when the field was
   * left empty; an empty file with a name is an upload, which the content check then refuses.
   */
  public static Upload ofPart(MultipartFile file) {
    if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
      return null;
    }
    try {
      return new Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the uploaded file " + file.getName(), e);
    }
  }
}
