package org.policy321.platform.documents;

import java.io.IOException;
import java.nio.file.Path;
import org.policy321.platform.config.StartRefusedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The department's signing key, read once at start-up. The demo creates one when the configured file is absent;
 * otherwise (the {@code prod} profile) a missing or unreadable keystore stops the start, since a department
 * that cannot sign must not issue documents that look issued.
 */
@Configuration
class DepartmentKeyConfiguration {

  private static final String ACTION = "Set policy.documents.signing.keystore (SIGNING_KEYSTORE) to the department's "
      + "PKCS#12 keystore, policy.documents.signing.password (SIGNING_KEYSTORE_PASSWORD) to its password and "
      + "policy.documents.signing.alias (SIGNING_KEY_ALIAS) to its key entry, and start again.";

  @Bean
  DepartmentKey departmentKey(DocumentSigningProperties signing) {
    Path keystore = signing.keystore();
    if (keystore == null || keystore.toString().isBlank()) {
      throw new StartRefusedException("no keystore for signing documents is configured.", ACTION);
    }
    try {
      if (signing.createIfMissing()) {
        DemoDepartmentKeystore.createIfAbsent(keystore, signing.password(), signing.alias());
      }
      return DepartmentKey.load(keystore, signing.password(), signing.alias());
    } catch (IOException e) {
      // The reason, never the password.
      throw new StartRefusedException("the keystore for signing documents (" + keystore + ") cannot be used: "
          + reason(e) + ".", ACTION);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the file does not exist";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
