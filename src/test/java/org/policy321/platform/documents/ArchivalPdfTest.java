package org.policy321.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policy321.testing.PdfA.assertPdfA2b;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.policy321.testing.VeraPdf;

class ArchivalPdfTest {

  private static final String LONG_PARAGRAPH =
      ("The officer asks to depict the department's insignia in a personal post. ").repeat(120)
          + "END-OF-PARAGRAPH";

  @Test
  void writesAPdfA2bRecordWithTextImagesAndAttachedPages() throws Exception {
    byte[] pdf =
        ArchivalPdf.create("Approval A-2025-0042", "Policy 3.21 engine")
            .heading("Request for approval")
            .field("Requester", "Officer Jane Doe")
            .field("Unit", "Patrol Division\tNorth")
            .spacer()
            .numberedItem(1, "Platform", "Instagram")
            .paragraph(LONG_PARAGRAPH)
            .appendImagePage("Proposed layout", png(300, 200, Color.ORANGE))
            .appendPdfPagesAsImages("Attached statement", nonArchivalPdf(2), 5)
            .footer("Approval A-2025-0042")
            .toBytes();
    VeraPdf.assertPdfA2b(pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // The paragraph fills page 1 and flows onto page 2; then one image page and two PDF pages.
      assertThat(doc.getNumberOfPages()).isEqualTo(5);

      String firstPages = text(doc, 1, 2);
      assertThat(firstPages)
          .contains("Request for approval")
          .contains("Requester: Officer Jane Doe")
          .contains("Unit: Patrol Division North") // the tab became spaces
          .contains("1. Platform: Instagram")
          .contains("END-OF-PARAGRAPH");
      assertThat(text(doc, 1, 1)).doesNotContain("END-OF-PARAGRAPH");

      for (int page = 1; page <= 5; page++) {
        assertThat(text(doc, page, page))
            .contains("Approval A-2025-0042")
            .contains("page " + page + " of 5");
      }
      assertThat(text(doc, 3, 3)).contains("Proposed layout");
      assertThat(text(doc, 4, 4)).contains("Attached statement (page 1 of 2)");
      assertThat(text(doc, 5, 5)).contains("Attached statement (page 2 of 2)");
      // The attachment's text is now pixels, not text in an unembedded font.
      assertThat(text(doc, 4, 5)).doesNotContain("Statement page");

      assertThat(imagesOn(doc.getPage(2))).hasSize(1);
      assertThat(imagesOn(doc.getPage(3))).hasSize(1);
      assertThat(imagesOn(doc.getPage(4))).hasSize(1);
      for (PDPage page : doc.getPages()) {
        for (PDImageXObject image : imagesOn(page)) {
          assertThat(image.getColorSpace()).isEqualTo(PDDeviceRGB.INSTANCE);
        }
      }

      assertPdfA2b(doc, "Approval A-2025-0042", "Policy 3.21 engine");
      assertTextStaysWithinMargins(doc);
    }
  }

  @Test
  void replacesCharactersTheFontCannotDrawAndDropsControlCharacters() throws Exception {
    byte[] pdf =
        ArchivalPdf.create("Emoji \uD83D\uDE00 title\u0007", "Author \u4E00")
            .field("Reason", "Smile \uD83D\uDE00 and \u4E00 here\u0000\u0007 done \u00E9\u00DF")
            .paragraph("bell\u0007less, zero\u200Bwidth, lone \uD800 surrogate")
            .footer("Footer \u4E00")
            .toBytes();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = text(doc, 1, 1);
      assertThat(text)
          .contains("Reason: Smile ? and ? here done \u00E9\u00DF")
          .contains("bellless, zerowidth, lone ? surrogate")
          .contains("Footer ?")
          .doesNotContain("\u4E00")
          .doesNotContain("\uD83D\uDE00");
      assertPdfA2b(doc, "Emoji \uD83D\uDE00 title", "Author \u4E00");
    }
  }

  @Test
  void longTextFlowsOntoAsManyPagesAsItNeeds() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 200; i++) {
      lines.append("Line ").append(i).append('\n');
    }
    byte[] pdf =
        ArchivalPdf.create("Long", "Test")
            .paragraph(lines.toString())
            .paragraph("x".repeat(5000)) // one "word" wider than a line
            .toBytes();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int pages = doc.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(5);
      String all = text(doc, 1, pages);
      assertThat(all)
          .contains("Line 1\n")
          .contains("Line 200")
          .contains("page " + pages + " of " + pages);
      assertThat(all.chars().filter(c -> c == 'x').count()).isEqualTo(5000);
      assertTextStaysWithinMargins(doc);
    }
  }

  @Test
  void notesPagesLeftOutAndUnreadableAttachmentsInsteadOfFailing() throws Exception {
    byte[] pdf =
        ArchivalPdf.create("Attachments", "Test")
            .appendPdfPagesAsImages("Long statement", nonArchivalPdf(4), 2)
            .appendPdfPagesAsImages("Broken statement", "not a pdf".getBytes(), 3)
            .appendImagePage("Broken image", new byte[] {1, 2, 3})
            .toBytes();

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(4);
      assertThat(text(doc, 2, 2))
          .contains("Long statement (page 2 of 4)")
          .contains("2 further pages of the attached PDF were left out.");
      assertThat(text(doc, 3, 3)).contains("Broken statement").contains("could not be included");
      assertThat(text(doc, 4, 4)).contains("Broken image").contains("could not be included");
      assertPdfA2b(doc, "Attachments", "Test");
    }
  }

  @Test
  void reencodesImagesAsRgbAndScalesHugeOnesDown() throws Exception {
    BufferedImage photo = new BufferedImage(4500, 900, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = photo.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, 4500, 900);
    g.dispose();
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(photo, "jpg", jpeg);

    byte[] pdf =
        ArchivalPdf.create("Photos", "Test")
            .appendImagePage("Wide photo", jpeg.toByteArray())
            .toBytes();
    VeraPdf.assertPdfA2b(pdf); // a JPEG passes through as DCT-encoded RGB

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDImageXObject image = imagesOn(doc.getPage(0)).get(0);
      assertThat(image.getWidth()).isEqualTo(ImageImport.MAX_SIDE);
      assertThat(image.getHeight()).isEqualTo(400);
      assertThat(image.getColorSpace()).isEqualTo(PDDeviceRGB.INSTANCE);
      assertThat(image.getSuffix()).isEqualTo("jpg");
      assertPdfA2b(doc, "Photos", "Test");
    }
  }

  @Test
  void aBuilderMakesOneDocument() {
    ArchivalPdf builder = ArchivalPdf.create("Once", "Test").paragraph("text");
    assertThat(builder.toBytes()).startsWith("%PDF-".getBytes());
    assertThatThrownBy(builder::toBytes).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> builder.paragraph("more")).isInstanceOf(IllegalStateException.class);
  }

  // --- assertions and fixtures -----------------------------------------------------------------

  /** All glyphs inside the 20 mm margins, and body text (larger than the footer's) above it. */
  private static void assertTextStaysWithinMargins(PDDocument doc) throws IOException {
    float margin = 20 * 72f / 25.4f;
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String string, List<TextPosition> textPositions) {
            glyphs.addAll(textPositions);
          }
        };
    stripper.getText(doc);
    assertThat(glyphs).isNotEmpty();
    float pageWidth = doc.getPage(0).getMediaBox().getWidth();
    float pageHeight = doc.getPage(0).getMediaBox().getHeight();
    for (TextPosition glyph : glyphs) {
      String what =
          "'" + glyph.getUnicode() + "' at " + glyph.getXDirAdj() + "," + glyph.getYDirAdj();
      assertThat(glyph.getXDirAdj()).as(what).isGreaterThanOrEqualTo(margin - 0.5f);
      assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj())
          .as(what)
          .isLessThanOrEqualTo(pageWidth - margin + 0.5f);
      assertThat(glyph.getYDirAdj() - glyph.getHeightDir()).as(what).isGreaterThanOrEqualTo(margin);
      // y is measured from the top: the footer's baseline lies on the bottom margin.
      assertThat(glyph.getYDirAdj()).as(what).isLessThanOrEqualTo(pageHeight - margin + 0.5f);
      if (glyph.getFontSizeInPt() > 9) {
        assertThat(glyph.getYDirAdj()).as(what).isLessThan(pageHeight - margin - 12);
      }
    }
  }

  private static String text(PDDocument doc, int fromPage, int toPage) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(fromPage);
    stripper.setEndPage(toPage);
    return stripper.getText(doc);
  }

  private static List<PDImageXObject> imagesOn(PDPage page) throws IOException {
    List<PDImageXObject> images = new ArrayList<>();
    PDResources resources = page.getResources();
    for (COSName name : resources.getXObjectNames()) {
      PDXObject xobject = resources.getXObject(name);
      if (xobject instanceof PDImageXObject image) {
        images.add(image);
      }
    }
    return images;
  }

  /** A PNG with transparency, which the record must flatten. */
  private static byte[] png(int width, int height, Color color) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillOval(0, 0, width, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A PDF in Helvetica, a standard 14 font that is not embedded: not PDF/A by itself. */
  private static byte[] nonArchivalPdf(int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(helvetica, 24);
          content.newLineAtOffset(72, 700);
          content.showText("Statement page " + i);
          content.endText();
        }
      }
      assertThat(helvetica.isEmbedded()).isFalse();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }
}
