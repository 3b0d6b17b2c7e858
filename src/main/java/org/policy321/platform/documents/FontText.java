package org.policy321.platform.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes arbitrary text printable with the one embedded font, measures it and wraps it to a width.
 *
 * <p>Documents carry user input (names, free-text reasons, file names). A PDF/A file may only use
 * embedded fonts, and PDFBox throws when asked to show a character its font has no glyph for, so
 * every string goes through {@link #sanitize} first: one odd character must never stop a record
 * from being written.
 */
final class FontText {

  static final char REPLACEMENT = '?';

  private final PDFont font;
  // encode() is comparatively slow and most documents use a few dozen distinct characters.
  private final Map<Integer, Boolean> encodable = new HashMap<>();
  private final Map<Integer, Float> widths = new HashMap<>();

  FontText(PDFont font) {
    this.font = font;
  }

  /**
   * One line of text the font can draw: tabs become spaces, other control and invisible format
   * characters are dropped, and characters without a glyph become {@value #REPLACEMENT}.
   */
  String sanitize(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\t') {
                out.append("    ");
              } else if (Character.isWhitespace(cp)) {
                out.append(' '); // line breaks inside a "line" (and exotic spaces) read as a space
              } else if (isInvisible(cp)) {
                // dropped: they draw nothing, so '?' would only add noise
              } else if (canEncode(cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append(REPLACEMENT);
              }
            });
    return out.toString();
  }

  /**
   * Text for the XMP packet and the document information dictionary, which are Unicode and need
   * no glyphs, but must not carry characters that are invalid in XML.
   */
  static String metadataText(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isWhitespace(cp)) {
                out.append(' ');
              } else if (!isInvisible(cp) && Character.getType(cp) != Character.SURROGATE) {
                out.appendCodePoint(cp);
              }
            });
    return out.toString().strip();
  }

  /** Width in points of already sanitized text. */
  float width(String sanitized, float fontSize) {
    float units = 0;
    for (int i = 0; i < sanitized.length(); ) {
      int cp = sanitized.codePointAt(i);
      units += glyphWidth(cp);
      i += Character.charCount(cp);
    }
    return units / 1000f * fontSize;
  }

  /**
   * Wraps text into lines no wider than {@code maxWidth}. Line breaks in the text are kept; words
   * longer than a line are cut. The result has at least one (possibly empty) line.
   */
  List<String> wrap(String text, float fontSize, float maxWidth) {
    List<String> lines = new ArrayList<>();
    String source = text == null ? "" : text;
    for (String rawLine : source.split("\\R", -1)) {
      wrapLine(sanitize(rawLine).strip(), fontSize, maxWidth, lines);
    }
    return lines;
  }

  /** Cuts one line to {@code maxWidth}, ending it with an ellipsis when something was left out. */
  String truncate(String text, float fontSize, float maxWidth) {
    String line = sanitize(text).strip();
    if (width(line, fontSize) <= maxWidth) {
      return line;
    }
    String ellipsis = sanitize("\u2026");
    float budget = maxWidth - width(ellipsis, fontSize);
    StringBuilder out = new StringBuilder();
    float used = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      float w = width(new String(Character.toChars(cp)), fontSize);
      if (used + w > budget) {
        break;
      }
      out.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return out.toString().stripTrailing() + ellipsis;
  }

  private void wrapLine(String line, float fontSize, float maxWidth, List<String> lines) {
    if (line.isEmpty()) {
      lines.add("");
      return;
    }
    float space = width(" ", fontSize);
    StringBuilder current = new StringBuilder();
    float currentWidth = 0;
    for (String word : line.split(" +")) {
      float wordWidth = width(word, fontSize);
      float needed = current.isEmpty() ? wordWidth : currentWidth + space + wordWidth;
      if (needed <= maxWidth) {
        if (!current.isEmpty()) {
          current.append(' ');
        }
        current.append(word);
        currentWidth = needed;
        continue;
      }
      if (!current.isEmpty()) {
        lines.add(current.toString());
      }
      current.setLength(0);
      currentWidth = 0;
      // A word wider than the line (a URL, a hash) is cut wherever the line is full.
      for (int i = 0; i < word.length(); ) {
        int cp = word.codePointAt(i);
        float w = glyphWidth(cp) / 1000f * fontSize;
        if (!current.isEmpty() && currentWidth + w > maxWidth) {
          lines.add(current.toString());
          current.setLength(0);
          currentWidth = 0;
        }
        current.appendCodePoint(cp);
        currentWidth += w;
        i += Character.charCount(cp);
      }
    }
    if (!current.isEmpty()) {
      lines.add(current.toString());
    }
  }

  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    boolean variationSelector = (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    return type == Character.CONTROL || type == Character.FORMAT || variationSelector;
  }

  private boolean canEncode(int cp) {
    return encodable.computeIfAbsent(
        cp,
        c -> {
          try {
            font.encode(new String(Character.toChars(c)));
            return true;
          } catch (IllegalArgumentException | IOException e) {
            return false; // PDFBox reports "No glyph for U+…" this way
          }
        });
  }

  private float glyphWidth(int cp) {
    return widths.computeIfAbsent(
        cp,
        c -> {
          try {
            return font.getStringWidth(new String(Character.toChars(c)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
