package org.policy321.platform.documents;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.springframework.stereotype.Service;

/**
 * Checks the signatures of a PDF: whether each still covers the whole file, whether its CMS signature verifies
 * against the certificate it carries, and whether that certificate is the department's current one. For the
 * auditor's case file and anyone else who must show that a record is the one the department issued; the
 * SHA-256 in the record ({@link DocumentService#verify}) says the same about the bytes as a whole.
 *
 * <p>What it does not check: whether the certificate was trusted, valid or revoked at the signing time (the
 * demo's is self-signed; a real department's chain is checked by Adobe Reader or {@code pdfsig}).
 */
@Service
public class DocumentSignatures {

  private static final String UNKNOWN = "unknown";
  /** PDFs whose checks are kept: more than the documents of the cases an auditor reads in a sitting. */
  private static final int REMEMBERED = 1_000;

  private final DepartmentKey department;
  /**
   * Checks already made, by the SHA-256 of the bytes checked. The same bytes check the same against the same key,
   * and a changed byte is another hash, so a tampered document is checked afresh. Verifying a signature was a third
   * of a case history's time, on every view (issue 18).
   */
  private final Map<String, List<SignatureCheck>> checked = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<SignatureCheck>> eldest) {
          return size() > REMEMBERED;
        }
      });

  public DocumentSignatures(DepartmentKey department) {
    this.department = department;
  }

  /**
   * One check per signature in the PDF, in the order of the file; empty for an unsigned PDF.
   *
   * @throws IllegalArgumentException if the bytes are not a PDF that can be read
   */
  public List<SignatureCheck> verify(byte[] pdf) {
    String sha256 = DocumentService.sha256Hex(pdf);
    List<SignatureCheck> known = checked.get(sha256);
    if (known != null) {
      return known;
    }
    List<SignatureCheck> checks = List.copyOf(check(pdf));
    checked.put(sha256, checks);
    return checks;
  }

  private List<SignatureCheck> check(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<SignatureCheck> checks = new ArrayList<>();
      for (PDSignature signature : doc.getSignatureDictionaries()) {
        checks.add(check(signature, pdf));
      }
      return checks;
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a readable PDF: " + e.getMessage(), e);
    }
  }

  private SignatureCheck check(PDSignature signature, byte[] pdf) {
    Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
    boolean whole = coversWholeFile(signature.getByteRange(), pdf);
    X509Certificate signer = null;
    boolean intact = false;
    try {
      CMSSignedData cms = new CMSSignedData(
          new CMSProcessableByteArray(signature.getSignedContent(pdf)), contentInfo(signature.getContents(pdf)));
      Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
      if (signers.size() == 1) {
        SignerInformation info = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(info.getSID());
        if (!matches.isEmpty()) {
          signer = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
          // Digest of the signed bytes against the signed attributes, and the signature value against the key.
          intact = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
        }
      }
    } catch (Exception e) {
      // A changed or malformed signature is a finding, not an error: intact stays false.
      intact = false;
    }
    return new SignatureCheck(
        signer == null ? UNKNOWN : signer.getSubjectX500Principal().getName(X500Principal.RFC2253),
        signedAt,
        signature.getSubFilter(),
        whole,
        intact,
        signer != null && signer.equals(department.certificate()));
  }

  /**
   * The CMS structure at the start of the signature value. The value is padded with zeros to the size reserved
   * before signing, which BouncyCastle refuses as extra data, so only the first DER object is read.
   */
  private static ContentInfo contentInfo(byte[] signatureValue) throws IOException {
    try (ASN1InputStream in = new ASN1InputStream(signatureValue)) {
      return ContentInfo.getInstance(in.readObject());
    }
  }

  /** [0, a, b, c] with a + gap = b and b + c = the file's length, the gap being exactly the hex signature value. */
  private static boolean coversWholeFile(int[] range, byte[] pdf) {
    if (range == null || range.length != 4 || range[0] != 0) {
      return false;
    }
    long gapStart = range[1];
    long gapEnd = range[2];
    return gapStart > 0 && gapEnd > gapStart && gapEnd + range[3] == pdf.length
        && pdf[(int) gapStart] == '<' && pdf[(int) gapEnd - 1] == '>';
  }
}
