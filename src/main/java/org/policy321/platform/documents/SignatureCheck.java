package org.policy321.platform.documents;

import java.time.Instant;

/**
 * What {@link DocumentSignatures#verify} found about one signature of a PDF.
 *
 * @param signer the signing certificate's subject (RFC 2253), or "unknown" when the signature carries none
 * @param signedAt the claimed signing time (the signature dictionary's M entry), or null when there is none
 * @param subFilter how the signature is encoded; "ETSI.CAdES.detached" for PAdES
 * @param coversWholeFile the signed byte range is the whole file except the signature value: nothing was
 *     appended after signing
 * @param intact the CMS signature verifies with the certificate embedded in it over the signed bytes, which
 *     therefore have not changed since signing
 * @param byDepartment the signing certificate is the department's current one (from the configured keystore)
 */
public record SignatureCheck(
    String signer,
    Instant signedAt,
    String subFilter,
    boolean coversWholeFile,
    boolean intact,
    boolean byDepartment) {

  /** The document is exactly what the department signed: intact, whole, and signed with the department's key. */
  public boolean valid() {
    return coversWholeFile && intact && byDepartment;
  }
}
