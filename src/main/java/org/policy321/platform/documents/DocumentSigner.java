package org.policy321.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.GregorianCalendar;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Signs a PDF in the department's name as PAdES baseline B (ETSI EN 319 142-1): an invisible signature field,
 * sub-filter ETSI.CAdES.detached, a CMS signature over the whole file but the signature itself, with the
 * signing-certificate-v2 attribute binding the signature to the department's certificate. Appended as an
 * incremental update, so the PDF/A-2b document underneath stays byte for byte what was generated (PDF/A-2
 * permits signatures). Follows PDFBox's signing example (CreateSignatureBase), with BouncyCastle for the CMS.
 */
@Component
class DocumentSigner {

  private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

  private final DepartmentKey key;
  private final String signerName;
  /** The same for every signature: computed once. */
  private final Attribute signingCertificate;

  DocumentSigner(DepartmentKey key) {
    this.key = key;
    this.signerName = commonName(key.certificate());
    this.signingCertificate = signingCertificateV2(key.certificate());
  }

  /**
   * The document with the department's signature appended, dated {@code signedAt} (the claimed signing time of
   * PAdES B-B, in the signature dictionary's M entry).
   *
   * @throws IllegalArgumentException if the bytes are not a PDF that PDFBox can read
   */
  byte[] sign(byte[] pdf, OffsetDateTime signedAt) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(signerName);
      signature.setReason("Issued by the department");
      signature.setSignDate(GregorianCalendar.from(signedAt.toZonedDateTime()));
      // No visible signature: the widget gets an empty rectangle, which PDF/A-2 allows without an appearance.
      doc.addSignature(signature, this::cms);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16 * 1024);
      doc.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      if (e.getCause() instanceof GeneralSecurityException || e.getCause() instanceof CMSException
          || e.getCause() instanceof OperatorCreationException) {
        throw new IllegalStateException("Could not sign the document: " + e.getCause().getMessage(), e);
      }
      throw new IllegalArgumentException("The content is not a readable PDF: " + e.getMessage(), e);
    }
  }

  /** The CMS signature (detached) over the bytes of the byte range; called by PDFBox while saving. */
  private byte[] cms(InputStream signedContent) throws IOException {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(padesAttributes())
              .build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key.privateKey()), key.certificate()));
      generator.addCertificates(new JcaCertStore(key.chain()));
      return generator.generate(new CMSProcessableByteArray(signedContent.readAllBytes()), false).getEncoded();
    } catch (GeneralSecurityException | CMSException | OperatorCreationException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Content type, message digest and signing-certificate-v2; without the CMS signing-time attribute, which PAdES
   * B-B forbids (the time is the signature dictionary's).
   */
  private CMSAttributeTableGenerator padesAttributes() {
    DefaultSignedAttributeTableGenerator standard =
        new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
    return (Map parameters) -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
  }

  private static Attribute signingCertificateV2(X509Certificate certificate) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      IssuerSerial issuerSerial = new IssuerSerial(
          new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
          certificate.getSerialNumber());
      // ESSCertIDv2's default hash algorithm is SHA-256, the one used here.
      SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
      return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not read the department's certificate", e);
    }
  }

  private static String commonName(X509Certificate certificate) {
    try {
      for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return rdn.getValue().toString();
        }
      }
    } catch (InvalidNameException e) {
      throw new IllegalStateException("The department's certificate has an unreadable subject", e);
    }
    return certificate.getSubjectX500Principal().getName();
  }
}
