package org.policy321.platform.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.policy321.platform.config.StartRefusedException;

/** Refuses to run in production while any account can still be opened with the demo password. */
class DemoPasswordGuard {

  private final IdentityService identityService;
  private final PasswordManager passwords;

  DemoPasswordGuard(IdentityService identityService, PasswordManager passwords) {
    this.identityService = identityService;
    this.passwords = passwords;
  }

  void check() {
    List<String> exposed = identityService.createUserQuery().list().stream()
        .filter(this::hasDemoPassword)
        .map(User::getId)
        .toList();
    if (!exposed.isEmpty()) {
      throw new StartRefusedException("the account(s) " + exposed + " still have the demo password \"demo\".",
          "Change their passwords (Camunda Admin or the identity REST API) or run without the 'prod' profile.");
    }
  }

  /**
   * Compares "demo" with the stored salted hash, the way the engine does, but without signing in:
   * {@link IdentityService#checkPassword} counts every mismatch as a failed login of that account.
   */
  private boolean hasDemoPassword(User user) {
    if (!(user instanceof UserEntity entity)) {
      return identityService.checkPassword(user.getId(), IdentityProperties.DEMO_PASSWORD);
    }
    return entity.getPassword() != null && passwords.check(
        EncryptionUtil.saltPassword(IdentityProperties.DEMO_PASSWORD, entity.getSalt()), entity.getPassword());
  }
}
