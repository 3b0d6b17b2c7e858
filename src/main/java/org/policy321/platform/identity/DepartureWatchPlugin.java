package org.policy321.platform.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's identity provider session factory (by default a {@code GenericManagerFactory} of
 * {@code DbIdentityServiceProvider}) with one that opens a {@link DepartureWatchingIdentityProvider}, which
 * publishes {@link StaffLeft} as a Spring event, synchronously, inside the identity command (§III.R: the
 * approvals of someone who left go to a designee). Registered like every engine plugin: as a bean.
 */
@Component
class DepartureWatchPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationEventPublisher events;

  DepartureWatchPlugin(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return DepartureWatchingIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new DepartureWatchingIdentityProvider(events::publishEvent);
      }
    });
  }
}
