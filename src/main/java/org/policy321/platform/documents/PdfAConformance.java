package org.policy321.platform.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What turns a plain PDF into a PDF/A-2b claim besides embedded fonts: the XMP packet identifying
 * the part and conformance level, a document information dictionary that agrees with it (PDF/A
 * requires both to say the same), and an sRGB output intent so that device colours have a defined
 * meaning.
 */
final class PdfAConformance {

  static final String SRGB = "sRGB IEC61966-2.1";
  /** The JDK's sRGB profile, read once: every document embeds the same bytes. */
  private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private PdfAConformance() {}

  static void declare(PDDocument doc, String title, String author, Calendar created)
      throws IOException {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setAuthor(author);
    info.setCreationDate(created);

    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(xmp(title, author, created));
    doc.getDocumentCatalog().setMetadata(metadata);

    PDOutputIntent intent =
        new PDOutputIntent(
            doc,
            new ByteArrayInputStream(SRGB_PROFILE));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    doc.getDocumentCatalog().addOutputIntent(intent);
  }

  private static byte[] xmp(String title, String author, Calendar created) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();

    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(title);
    dc.addCreator(author);

    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreateDate(created);

    PDFAIdentificationSchema pdfaId = xmp.createAndAddPDFAIdentificationSchema();
    pdfaId.setPart(2);
    try {
      pdfaId.setConformance("B");
    } catch (BadFieldValueException e) {
      throw new IllegalStateException("xmpbox rejected conformance level B", e);
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (TransformerException e) {
      throw new IOException("Could not write the XMP metadata", e);
    }
    return out.toByteArray();
  }
}
