package org.policy321.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link ClientCommandGuard} in front of both of the engine's command chains (the one
 * joining a transaction, the one starting a new one), and teaches the parser to keep each element's
 * {@link DeclaredInputs}.
 */
@Component
class ClientGuardPlugin extends AbstractProcessEnginePlugin {

  private final ClientInputProperties limits;

  ClientGuardPlugin(ClientInputProperties limits) {
    this.limits = limits;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // One guard per chain: an interceptor holds the next link of its own chain.
    configuration.setCustomPreCommandInterceptorsTxRequired(prepend(new ClientCommandGuard(configuration, limits),
        configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(prepend(new ClientCommandGuard(configuration, limits),
        configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new DeclaredInputs());
  }

  private static <T> List<T> prepend(T first, List<T> rest) {
    var all = new ArrayList<T>();
    all.add(first);
    if (rest != null) {
      all.addAll(rest);
    }
    return all;
  }
}
