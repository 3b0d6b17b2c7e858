package org.policy321.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.policy321.testing.SampleFiles;

class UploadCheckTest {

  private static final long LIMIT = 1000;

  @Test
  void recognisesPdfPngAndJpegByTheirFirstBytes() {
    assertThat(UploadCheck.check("File", new Upload("a.bin", null, SampleFiles.pdf("x")), Long.MAX_VALUE))
        .isEqualTo(UploadCheck.Kind.PDF);
    assertThat(UploadCheck.check("File", new Upload("a.bin", null, SampleFiles.png()), Long.MAX_VALUE))
        .isEqualTo(UploadCheck.Kind.PNG);
    assertThat(UploadCheck.check("File", new Upload("a.txt", null, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}), LIMIT))
        .isEqualTo(UploadCheck.Kind.JPEG);
  }

  @Test
  void refusesADisguisedFileWhateverItsNameOrDeclaredType() {
    Upload script = new Upload("layout.png", "image/png", "<script>alert(1)</script>".getBytes());
    assertThatThrownBy(() -> UploadCheck.check("The layout", script, LIMIT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("The layout \"layout.png\" is not a PDF, PNG or JPEG file (checked by its content, not its name).");
  }

  @Test
  void refusesEmptyAndOversizedFiles() {
    assertThatThrownBy(() -> UploadCheck.check("The layout", new Upload("e.pdf", null, new byte[0]), LIMIT))
        .hasMessageContaining("is empty");
    byte[] tooLarge = new byte[(int) LIMIT + 1];
    System.arraycopy("%PDF-".getBytes(), 0, tooLarge, 0, 5);
    assertThatThrownBy(() -> UploadCheck.check("The layout", new Upload("big.pdf", null, tooLarge), LIMIT))
        .hasMessageContaining("big.pdf").hasMessageContaining("limit");
    byte[] atLimit = java.util.Arrays.copyOf(tooLarge, (int) LIMIT);
    assertThat(UploadCheck.check("The layout", new Upload("ok.pdf", null, atLimit), LIMIT)).isEqualTo(UploadCheck.Kind.PDF);
  }
}
