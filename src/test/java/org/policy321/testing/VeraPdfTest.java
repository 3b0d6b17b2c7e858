package org.policy321.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The validator helper itself: it must fail a document that is not PDF/A, or its passes would mean nothing. */
class VeraPdfTest {

  @Test
  void refusesAPlainPdfThatDeclaresNothing() throws Exception {
    byte[] plain;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      plain = out.toByteArray();
    }

    assertThat(VeraPdf.brokenRules(plain)).isNotEmpty();
    assertThatThrownBy(() -> VeraPdf.assertPdfA2b(plain))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not PDF/A-2b");
  }
}
