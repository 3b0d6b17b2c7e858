package org.policy321.platform.documents;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The department's signing key for issued documents ({@code policy.documents.signing}): a PKCS#12 keystore,
 * its password (which also protects the key) and the alias of the key entry.
 *
 * @param keystore the PKCS#12 file; blank when none is configured
 * @param createIfMissing the demo creates a self-signed department certificate there when the file is absent;
 *     the {@code prod} profile turns this off and refuses to start without a readable keystore instead
 */
@ConfigurationProperties("policy.documents.signing")
public record DocumentSigningProperties(Path keystore, String password, String alias, boolean createIfMissing) {

  public DocumentSigningProperties {
    password = password == null ? "" : password;
    alias = alias == null || alias.isBlank() ? "department" : alias;
  }
}
