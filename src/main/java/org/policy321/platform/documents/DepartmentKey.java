package org.policy321.platform.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/**
 * The department's private key and certificate chain, read once from a PKCS#12 keystore: every issued document
 * is signed with it, and {@link DocumentSignatures} compares signers with its certificate.
 */
public final class DepartmentKey {

  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;

  DepartmentKey(PrivateKey privateKey, List<X509Certificate> chain) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("A signing key needs its certificate");
    }
    this.privateKey = privateKey;
    this.chain = List.copyOf(chain);
  }

  /**
   * Reads the key entry {@code alias} of a PKCS#12 file.
   *
   * @throws IOException if the file is missing or unreadable, the password is wrong, or the alias names no key
   *     with a certificate
   */
  public static DepartmentKey load(Path keystore, String password, String alias) throws IOException {
    char[] secret = password.toCharArray();
    try (InputStream in = Files.newInputStream(keystore)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, secret);
      if (!(store.getKey(alias, secret) instanceof PrivateKey key)) {
        throw new IOException("the keystore has no private key under the alias \"" + alias + "\"");
      }
      Certificate[] certificates = store.getCertificateChain(alias);
      if (certificates == null || certificates.length == 0) {
        throw new IOException("the key \"" + alias + "\" has no certificate");
      }
      List<X509Certificate> chain = Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
      return new DepartmentKey(key, chain);
    } catch (GeneralSecurityException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  PrivateKey privateKey() {
    return privateKey;
  }

  /** The department's certificate, which signs (first of the chain). */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The certificate and the ones above it, as embedded in each signature. */
  List<X509Certificate> chain() {
    return chain;
  }
}
