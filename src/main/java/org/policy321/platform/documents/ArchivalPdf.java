package org.policy321.platform.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Builds a PDF/A-2b record: A4 pages with 20 mm margins, text flowing onto new pages as needed,
 * appended images and other PDFs (as page images), and a footer with "page x of y" on every page.
 *
 * <p>Records are kept for years and must open the same way everywhere, hence PDF/A: the only font
 * is Liberation Sans, embedded (PDFBox ships it), and attached PDFs are rasterised because their
 * own fonts may not be embedded. Text that the font cannot draw is replaced by '?', so user input
 * never makes generation fail.
 *
 * <p>One builder makes one document: after {@link #toBytes()} it is closed.
 *
 * <pre>{@code
 * byte[] pdf = ArchivalPdf.create("Approval 2025-0042", "Policy 3.21 engine")
 *     .heading("Request")
 *     .field("Requester", "Officer J. Doe")
 *     .paragraph(reason)
 *     .footer("Approval 2025-0042")
 *     .toBytes();
 * }</pre>
 */
public final class ArchivalPdf {

  private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
  private static final float MM = 72f / 25.4f;
  private static final float MARGIN = 20 * MM;
  private static final float LEFT = MARGIN;
  private static final float RIGHT = PAGE_SIZE.getWidth() - MARGIN;
  private static final float TOP = PAGE_SIZE.getHeight() - MARGIN;
  private static final float WIDTH = RIGHT - LEFT;
  /** The footer sits on the bottom margin line; body text stops this far above it. */
  private static final float FOOTER_BASELINE = MARGIN;
  private static final float BOTTOM = MARGIN + 22;

  private static final float BODY_SIZE = 10.5f;
  private static final float HEADING_SIZE = 15;
  private static final float CAPTION_SIZE = 10;
  private static final float FOOTER_SIZE = 8;
  private static final float LINE_SPACING = 1.35f;
  private static final float LABEL_COLUMN = 50 * MM;
  private static final float NUMBER_COLUMN = 9 * MM;
  private static final float COLUMN_GAP = 3 * MM;

  /** Attached PDF pages are rendered at this resolution: readable, and far smaller than print. */
  private static final float RENDER_DPI = 100;

  private final PDDocument doc;
  /** The parsed font file; the subset is cut from it when the document is saved, so it stays open until then. */
  private final TrueTypeFont fontFile;
  private final FontText text;
  private final PDType0Font font;
  private final String title;
  private final String author;
  private final Calendar created;

  /** The open page's content, or null when the next text must start a new page. */
  private PDPageContentStream content;
  /** Baseline of the last line written on the open page; {@link #TOP} on a fresh page. */
  private float y;

  private String footer = "";
  private boolean finished;

  private ArchivalPdf(String title, String author) {
    this.title = FontText.metadataText(title);
    this.author = FontText.metadataText(author);
    Calendar now = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    // PDF dates have whole seconds; the XMP date must match the info dictionary's exactly.
    now.set(Calendar.MILLISECOND, 0);
    this.created = now;
    // In PDFBox 3 a new document buffers in memory only, so nothing is left behind on disk.
    this.doc = new PDDocument();
    try {
      this.fontFile = EmbeddedFont.parse();
      this.font = PDType0Font.load(doc, fontFile, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not load the embedded font", e);
    }
    this.text = new FontText(font);
  }

  /** Starts a document; title and author go into the PDF's metadata. */
  public static ArchivalPdf create(String title, String author) {
    return new ArchivalPdf(title, author);
  }

  /** A section heading in a larger size, kept on the same page as the line after it. */
  public ArchivalPdf heading(String heading) {
    checkOpen();
    List<String> lines = text.wrap(heading, HEADING_SIZE, WIDTH);
    if (content != null && y < TOP) {
      y -= BODY_SIZE; // space above, except at the top of a page
    }
    ensureSpace(lines.size() * leading(HEADING_SIZE) + 2 * leading(BODY_SIZE));
    writeLines(lines, LEFT, HEADING_SIZE);
    y -= BODY_SIZE * 0.4f;
    return this;
  }

  /** "Label: value" with the labels in one column and the (wrapped) values beside them. */
  public ArchivalPdf field(String label, String value) {
    checkOpen();
    String labelText = label == null || label.isBlank() ? "" : label + ":";
    List<String> labels = text.wrap(labelText, BODY_SIZE, LABEL_COLUMN - COLUMN_GAP);
    List<String> values = text.wrap(value, BODY_SIZE, WIDTH - LABEL_COLUMN);
    for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
      nextLine(BODY_SIZE);
      show(content, i < labels.size() ? labels.get(i) : "", LEFT, y, BODY_SIZE);
      show(content, i < values.size() ? values.get(i) : "", LEFT + LABEL_COLUMN, y, BODY_SIZE);
    }
    return this;
  }

  /** Word-wrapped text; line breaks in it are kept. */
  public ArchivalPdf paragraph(String paragraph) {
    checkOpen();
    writeLines(text.wrap(paragraph, BODY_SIZE, WIDTH), LEFT, BODY_SIZE);
    y -= BODY_SIZE * 0.5f;
    return this;
  }

  /** An empty line of vertical space (nothing at the top of a page). */
  public ArchivalPdf spacer() {
    checkOpen();
    if (content != null && y < TOP) {
      y -= leading(BODY_SIZE);
    }
    return this;
  }

  /** "n." followed by "label: text", wrapped with a hanging indent. */
  public ArchivalPdf numberedItem(int n, String label, String itemText) {
    checkOpen();
    String body =
        label == null || label.isBlank()
            ? nullToEmpty(itemText)
            : label + ": " + nullToEmpty(itemText);
    List<String> lines = text.wrap(body, BODY_SIZE, WIDTH - NUMBER_COLUMN);
    for (int i = 0; i < lines.size(); i++) {
      nextLine(BODY_SIZE);
      if (i == 0) {
        show(content, n + ".", LEFT, y, BODY_SIZE);
      }
      show(content, lines.get(i), LEFT + NUMBER_COLUMN, y, BODY_SIZE);
    }
    y -= BODY_SIZE * 0.3f;
    return this;
  }

  /** Text printed at the bottom of every page, left of "page x of y". Long text is cut short. */
  public ArchivalPdf footer(String footerText) {
    checkOpen();
    this.footer = nullToEmpty(footerText);
    return this;
  }

  /**
   * A new page with the caption and the image (PNG or JPEG) scaled to fit. An image that cannot
   * be read is not fatal: the page then says so instead, so the record is still written.
   */
  public ArchivalPdf appendImagePage(String caption, byte[] pngOrJpeg) {
    checkOpen();
    try {
      PDImageXObject image = ImageImport.toXObject(doc, pngOrJpeg);
      imagePage(List.of(nullToEmpty(caption)), image, image.getWidth(), image.getHeight(), false);
    } catch (IOException | RuntimeException e) {
      problemPage(caption, "The image could not be included: " + reason(e));
    }
    return this;
  }

  /**
   * Appends up to {@code maxPages} pages of another PDF, each rendered to an image on a page of
   * its own with the caption above it. Rendering keeps this document PDF/A whatever the source
   * contains (unembedded fonts, transparency, JavaScript). Pages beyond {@code maxPages} are
   * counted on the last included page. An unreadable or password-protected PDF is noted instead.
   */
  public ArchivalPdf appendPdfPagesAsImages(String caption, byte[] pdf, int maxPages) {
    checkOpen();
    if (maxPages < 0) {
      throw new IllegalArgumentException("maxPages must not be negative: " + maxPages);
    }
    String name = nullToEmpty(caption);
    try (PDDocument source = Loader.loadPDF(pdf)) {
      int total = source.getNumberOfPages();
      int included = Math.min(total, maxPages);
      String leftOut = leftOutNote(total - included);
      if (included == 0) {
        problemPage(name, total == 0 ? "The attached PDF has no pages." : leftOut);
        return this;
      }
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < included; i++) {
        List<String> captions = new ArrayList<>();
        captions.add(name + " (page " + (i + 1) + " of " + total + ")");
        if (i == included - 1 && total > included) {
          captions.add(leftOut);
        }
        appendRenderedPage(renderer, source.getPage(i), i, captions);
      }
    } catch (InvalidPasswordException e) {
      problemPage(name, "The attached PDF is password-protected and could not be included.");
    } catch (IOException | RuntimeException e) {
      problemPage(name, "The attached PDF could not be included: " + reason(e));
    }
    return this;
  }

  /** Finishes the document (footers, metadata) and returns it as PDF/A-2b bytes. */
  public byte[] toBytes() {
    checkOpen();
    finished = true;
    try (doc; fontFile) {
      closeContent();
      if (doc.getNumberOfPages() == 0) {
        newPage(); // an empty record is still a valid PDF with one (empty) page
        closeContent();
      }
      writeFooters();
      PdfAConformance.declare(doc, title, author, created);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the PDF", e);
    }
  }

  // --- page flow -------------------------------------------------------------------------------

  private void appendRenderedPage(
      PDFRenderer renderer, PDPage sourcePage, int index, List<String> captions) {
    try {
      // Very large pages (plans, posters) get fewer DPI so the image stays within bounds.
      PDRectangle box = sourcePage.getCropBox();
      float longestInches = Math.max(box.getWidth(), box.getHeight()) / 72f;
      float dpi = Math.min(RENDER_DPI, ImageImport.MAX_SIDE / Math.max(longestInches, 1f));
      BufferedImage rendered = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
      PDImageXObject image = LosslessFactory.createFromImage(doc, rendered);
      // Shown at its original size where it fits: pixels at `dpi` back to points.
      float scale = 72f / dpi;
      imagePage(captions, image, rendered.getWidth() * scale, rendered.getHeight() * scale, true);
    } catch (IOException | RuntimeException e) {
      List<String> lines = new ArrayList<>(captions);
      lines.add("This page could not be rendered: " + reason(e));
      textPage(lines);
    }
  }

  /**
   * A page of its own: caption lines, then the image as large as fits but not enlarged. A framed
   * image shows where a rendered page ends, which its white background would otherwise hide.
   */
  private void imagePage(
      List<String> captions,
      PDImageXObject image,
      float naturalWidth,
      float naturalHeight,
      boolean framed)
      throws IOException {
    textPage(captions);
    y -= CAPTION_SIZE * 0.6f;
    if (y - BOTTOM < (TOP - BOTTOM) / 3) {
      newPage(); // a caption so long that the image would be a thumbnail: give it its own page
    }
    float boxHeight = y - BOTTOM;
    float scale = Math.min(1f, Math.min(WIDTH / naturalWidth, boxHeight / naturalHeight));
    float width = naturalWidth * scale;
    float height = naturalHeight * scale;
    float x = LEFT + (WIDTH - width) / 2;
    content.drawImage(image, x, y - height, width, height);
    if (framed) {
      content.setStrokingColor(0.6f);
      content.setLineWidth(0.5f);
      content.addRect(x, y - height, width, height);
      content.stroke();
    }
    closeContent(); // whatever comes next starts on a new page
  }

  private void problemPage(String caption, String problem) {
    textPage(List.of(nullToEmpty(caption), "[" + problem + "]"));
    closeContent();
  }

  /** Starts a new page with the given lines (each wrapped) at its top. */
  private void textPage(List<String> lines) {
    newPage();
    for (String line : lines) {
      writeLines(text.wrap(line, CAPTION_SIZE, WIDTH), LEFT, CAPTION_SIZE);
    }
  }

  private void writeLines(List<String> lines, float x, float size) {
    for (String line : lines) {
      nextLine(size);
      show(content, line, x, y, size);
    }
  }

  /** Moves to the next baseline, starting a new page if the line would not fit. */
  private void nextLine(float size) {
    ensureSpace(leading(size));
    y -= leading(size);
  }

  private void ensureSpace(float height) {
    boolean pageHasText = y < TOP;
    // A block taller than a whole page starts at the top of one and flows on line by line.
    if (content == null || (y - height < BOTTOM && pageHasText)) {
      newPage();
    }
  }

  private void newPage() {
    closeContent();
    PDPage page = new PDPage(PAGE_SIZE);
    doc.addPage(page);
    try {
      content = new PDPageContentStream(doc, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = TOP;
  }

  private void closeContent() {
    if (content == null) {
      return;
    }
    try {
      content.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      content = null;
    }
  }

  /** Footers are written last, when the number of pages is known. */
  private void writeFooters() throws IOException {
    int total = doc.getNumberOfPages();
    int number = 1;
    for (PDPage page : doc.getPages()) {
      try (PDPageContentStream footerStream =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        footerStream.setLineWidth(0.5f);
        footerStream.moveTo(LEFT, FOOTER_BASELINE + FOOTER_SIZE + 3);
        footerStream.lineTo(RIGHT, FOOTER_BASELINE + FOOTER_SIZE + 3);
        footerStream.stroke();

        String pageOf = "page " + number + " of " + total;
        float pageOfWidth = text.width(pageOf, FOOTER_SIZE);
        show(footerStream, pageOf, RIGHT - pageOfWidth, FOOTER_BASELINE, FOOTER_SIZE);
        String left = text.truncate(footer, FOOTER_SIZE, WIDTH - pageOfWidth - COLUMN_GAP);
        show(footerStream, left, LEFT, FOOTER_BASELINE, FOOTER_SIZE);
      }
      number++;
    }
  }

  /** Shows already sanitized text; every string reaching here came through {@link FontText}. */
  private void show(PDPageContentStream stream, String line, float x, float baseline, float size) {
    if (line.isEmpty()) {
      return;
    }
    try {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(line);
      stream.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float leading(float size) {
    return size * LINE_SPACING;
  }

  private static String leftOutNote(int leftOut) {
    return leftOut == 1
        ? "1 further page of the attached PDF was left out."
        : leftOut + " further pages of the attached PDF were left out.";
  }

  private static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("toBytes() was already called; start a new ArchivalPdf");
    }
  }
}
