package org.policy321.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the reference PDF/A validator, as an assertion: a document that breaks any rule of PDF/A-2b fails the
 * test with the rules it broke. {@link PdfA} checks what the record says (title, author, the declaration); this
 * checks what an archive's validator checks, all of ISO 19005-2 level B.
 */
public final class VeraPdf {

  static {
    // Registers veraPDF's own PDF parser and model as the foundry; once per JVM.
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** Fails with each broken rule (clause, test number, what it says, where) unless the bytes are PDF/A-2b. */
  public static void assertPdfA2b(byte[] pdf) {
    List<String> broken = brokenRules(pdf);
    if (!broken.isEmpty()) {
      throw new AssertionError("veraPDF: not PDF/A-2b, " + broken.size() + " rule(s) broken:\n"
          + String.join("\n", broken));
    }
  }

  /** The failed checks of PDF/A-2b validation, one line each; empty for a conforming document. */
  public static List<String> brokenRules(byte[] pdf) {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return List.of();
      }
      return result.getTestAssertions().stream()
          .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
          .map(VeraPdf::describe)
          .distinct()
          .collect(Collectors.toList());
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not validate the document: " + e, e);
    }
  }

  private static String describe(TestAssertion failed) {
    return "  §" + failed.getRuleId().getClause() + "-" + failed.getRuleId().getTestNumber() + " "
        + failed.getMessage() + " (at " + failed.getLocation().getContext() + ")";
  }
}
