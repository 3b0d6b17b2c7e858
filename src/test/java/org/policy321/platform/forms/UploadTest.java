package org.policy321.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class UploadTest {

  @Test
  void aFileFieldLeftEmptyInTasklistIsNoUpload() {
    // What Tasklist's embedded forms submit for an empty <input type="file" cam-variable-type="File">.
    var emptyField = Variables.fileValue("").file(new byte[0]).create();

    assertThat(Upload.of(emptyField)).isNull();
    assertThat(Upload.of(null)).isNull();
  }

  @Test
  void anEmptyFileWithANameIsAnUploadForTheCheckToRefuse() {
    var emptyFile = Variables.fileValue("layout.pdf").file(new byte[0]).mimeType("application/pdf").create();

    Upload upload = Upload.of(emptyFile);

    assertThat(upload).isNotNull();
    assertThat(upload.fileName()).isEqualTo("layout.pdf");
    assertThat(upload.content()).isEmpty();
  }

  @Test
  void readsNameTypeAndContent() {
    var file = Variables.fileValue("layout.png").file(new byte[] {1, 2, 3}).mimeType("image/png").create();

    assertThat(Upload.of(file)).satisfies(upload -> {
      assertThat(upload.fileName()).isEqualTo("layout.png");
      assertThat(upload.declaredMimeType()).isEqualTo("image/png");
      assertThat(upload.content()).containsExactly(1, 2, 3);
    });
  }
}
