package org.policy321.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The records' only font, Liberation Sans (PDFBox ships it), read from the classpath once and
 * parsed for each document (a parsed font is not safe to share between threads, and each document
 * cuts its own subset from it).
 *
 * <p>Glyph substitution (GSUB) is off. With it, PDFBox runs every line shown through its
 * substitution engine, which compiles a regular expression per line and feature; that was about a
 * fifth of the time to build a record (the throughput benchmark, README "Benchmark"). For the Latin
 * text of the records it would only swap in ligatures (fi, fl) and compose accents; without it each
 * character is its own glyph, which also keeps the text simple to search and extract.
 */
final class EmbeddedFont {

  private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final byte[] BYTES = read();

  private EmbeddedFont() {}

  /** A freshly parsed font for one document; the caller closes it after saving the document. */
  static TrueTypeFont parse() throws IOException {
    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
    font.setEnableGsub(false);
    return font;
  }

  private static byte[] read() {
    try (InputStream ttf = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
      if (ttf == null) {
        throw new IllegalStateException("PDFBox's Liberation Sans is missing: " + RESOURCE);
      }
      return ttf.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the embedded font", e);
    }
  }
}
