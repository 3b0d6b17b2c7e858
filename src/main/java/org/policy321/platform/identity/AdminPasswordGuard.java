package org.policy321.platform.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.policy321.platform.config.StartRefusedException;
import org.springframework.stereotype.Component;

/**
 * With {@code policy.identity.refuse-demo-passwords} (the {@code prod} profile) the engine is not
 * built while the administrator's configured password ({@code camunda.bpm.admin-user.password},
 * ADMIN_PASSWORD) breaks {@link AdminPasswordRule}. Checked before the engine starts, because the
 * starter creates the admin account right after: an unset ADMIN_PASSWORD would otherwise become the
 * literal password "${ADMIN_PASSWORD}" of a stored account.
 */
@Component
class AdminPasswordGuard extends AbstractProcessEnginePlugin {

  private final IdentityProperties identity;
  private final CamundaBpmProperties camunda;

  AdminPasswordGuard(IdentityProperties identity, CamundaBpmProperties camunda) {
    this.identity = identity;
    this.camunda = camunda;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!identity.refuseDemoPasswords() || camunda.getAdminUser() == null || camunda.getAdminUser().getId() == null) {
      return;
    }
    String userId = camunda.getAdminUser().getId();
    AdminPasswordRule.weakness(userId, camunda.getAdminUser().getPassword()).ifPresent(weakness -> {
      throw new StartRefusedException(weakness, "Set ADMIN_PASSWORD to a password of at least "
          + AdminPasswordRule.MIN_LENGTH + " characters (at least " + AdminPasswordRule.MIN_DISTINCT
          + " different ones, not containing the user name) and start again.");
    });
  }
}
