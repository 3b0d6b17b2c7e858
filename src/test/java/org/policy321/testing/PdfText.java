package org.policy321.testing;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.variable.value.FileValue;

/** Reads a generated document back, as an auditor's PDF reader would. */
public final class PdfText {

  private PdfText() {}

  /** The text of every page, with line breaks and runs of spaces folded to one space. */
  public static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }

  public static String of(FileValue file) {
    return of(bytes(file));
  }

  public static byte[] bytes(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new AssertionError("Not a readable PDF", e);
    }
  }
}
