package org.policy321.platform.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ApplicationFormsDeployer} before the engine's deployers, so that a diagram an administrator
 * deploys alone from Camunda Modeler keeps its Tasklist forms (README "Changing a process"). Registered like
 * every engine plugin: as a bean.
 */
@Component
class ApplicationFormsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    preDeployers.add(new ApplicationFormsDeployer());
    configuration.setCustomPreDeployers(preDeployers);
  }
}
