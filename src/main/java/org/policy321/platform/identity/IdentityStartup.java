package org.policy321.platform.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Brings identity to the state the configuration asks for, after the engine and the database
 * migrations are up and before the web server accepts the first login.
 */
@Component
class IdentityStartup implements SmartInitializingSingleton {

  private final IdentityProperties properties;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final Roster roster;
  private final List<AccessPolicy> policies;
  private final ProcessEngineConfigurationImpl engineConfiguration;

  IdentityStartup(IdentityProperties properties, IdentityService identityService,
      AuthorizationService authorizationService, Roster roster, List<AccessPolicy> policies,
      ProcessEngineConfigurationImpl engineConfiguration) {
    this.properties = properties;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.roster = roster;
    this.policies = policies;
    this.engineConfiguration = engineConfiguration;
  }

  @Override
  public void afterSingletonsInstantiated() {
    AuthorizationSetup authorizations = new AuthorizationSetup(identityService, authorizationService);
    authorizations.createGroups(policies);
    if (properties.seedDemoUsers()) {
      new DemoIdentitySeeder(identityService, roster).seed(properties);
    }
    authorizations.apply(policies);
    if (properties.refuseDemoPasswords()) {
      new DemoPasswordGuard(identityService, engineConfiguration.getPasswordManager()).check();
    }
  }
}
