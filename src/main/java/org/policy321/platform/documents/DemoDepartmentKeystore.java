package org.policy321.platform.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates the demo's department keystore: a self-signed certificate for the department and its RSA key, in a
 * PKCS#12 file. Only where none exists yet, so documents of earlier runs still verify against the same key. A
 * real department uses a certificate from its city's or a trusted authority instead (README).
 */
final class DemoDepartmentKeystore {

  static final String SUBJECT = "CN=Police Department (demo signing certificate), O=Policy 3.21 engine demo";
  private static final int KEY_BITS = 3072;
  private static final Duration VALIDITY = Duration.ofDays(10 * 366);

  private DemoDepartmentKeystore() {}

  /**
   * Writes a new keystore to {@code keystore} unless the file exists. Written to a temporary file and moved into
   * place, so two nodes starting at once never read a half-written file; the loser of that race keeps the
   * winner's keystore.
   */
  static void createIfAbsent(Path keystore, String password, String alias) throws IOException {
    if (Files.exists(keystore)) {
      return;
    }
    Path folder = keystore.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "department", ".p12.tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        newKeystore(password, alias).store(out, password.toCharArray());
      }
      Files.move(temporary, keystore); // no REPLACE_EXISTING: a keystore written meanwhile stays
    } catch (FileAlreadyExistsException e) {
      // another node created it first: use that one
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IOException("Could not create the demo signing certificate: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static KeyStore newKeystore(String password, String alias)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(KEY_BITS);
    KeyPair pair = generator.generateKeyPair();
    Instant now = Instant.now();
    // The JDK's principal encodes the name the usual way round (O before CN), which BouncyCastle's would not.
    X500Principal subject = new X500Principal(SUBJECT);
    JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
        subject,
        new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
        Date.from(now.minus(Duration.ofDays(1))),
        Date.from(now.plus(VALIDITY)),
        subject,
        pair.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    // Signing documents only ("non-repudiation": the department stands by what it issued).
    builder.addExtension(Extension.keyUsage, true,
        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    X509Certificate certificate = new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));

    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(alias, pair.getPrivate(), password.toCharArray(), new Certificate[] {certificate});
    return store;
  }
}
