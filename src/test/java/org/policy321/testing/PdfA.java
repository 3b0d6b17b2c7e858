package org.policy321.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/** What makes a record PDF/A-2b, as an archive's checker reads it: the declaration, the metadata, the colours and the fonts. */
public final class PdfA {

  private PdfA() {}

  /** PDF/A-2b with this title and author in both the XMP metadata and the information dictionary, fonts embedded. */
  public static void assertPdfA2b(PDDocument doc, String title, String author) throws Exception {
    XMPMetadata xmp =
        new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().toByteArray());
    PDFAIdentificationSchema pdfaId = xmp.getPDFAIdentificationSchema();
    assertThat(pdfaId).isNotNull();
    assertThat(pdfaId.getPart()).isEqualTo(2);
    assertThat(pdfaId.getConformance()).isEqualTo("B");
    assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(title);
    assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(author);

    // PDF/A: the information dictionary must say what the XMP says.
    PDDocumentInformation info = doc.getDocumentInformation();
    assertThat(info.getTitle()).isEqualTo(title);
    assertThat(info.getAuthor()).isEqualTo(author);
    assertThat(info.getCreationDate().toInstant())
        .isEqualTo(xmp.getXMPBasicSchema().getCreateDate().toInstant());

    List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
    assertThat(intents).hasSize(1);
    assertThat(intents.get(0).getOutputConditionIdentifier()).isEqualTo("sRGB IEC61966-2.1");
    assertThat(intents.get(0).getDestOutputIntent()).isNotNull();

    int fonts = 0;
    for (PDPage page : doc.getPages()) {
      PDResources resources = page.getResources();
      for (COSName name : resources.getFontNames()) {
        PDFont font = resources.getFont(name);
        assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
        fonts++;
      }
    }
    assertThat(fonts).isPositive();
  }

  /** The same, for a document's bytes. */
  public static void assertPdfA2b(byte[] pdf, String title, String author) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertPdfA2b(doc, title, author);
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }
}
