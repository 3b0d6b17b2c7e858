package org.policy321.platform.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes a new deployment with the application's forms its diagrams name but it does not carry. Camunda
 * Modeler deploys the {@code .bpmn} alone; its tasks' form keys ({@code embedded:deployment:forms/…}) are looked
 * up in that deployment, and without this every form of the new version answers 404 in Tasklist. Each
 * deployment so holds its own copy of its forms, like the application's own deployment does: a running case keeps
 * the forms of the version it started on, and a form deployed together with the diagram wins over the
 * application's. Runs before the engine's own deployers, inside the deployment's transaction.
 */
class ApplicationFormsDeployer implements Deployer {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicationFormsDeployer.class);

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return; // a deployment read back into the cache already holds what it was given
    }
    for (String formName : missingForms(deployment)) {
      FormsOfTheApplication.read(formName).ifPresentOrElse(
          bytes -> add(deployment, formName, bytes),
          () -> LOG.warn("Deployment {} names the form {}, which neither it nor the application has; "
              + "its task will show no form in Tasklist", deployment.getName(), formName));
    }
  }

  private static List<String> missingForms(DeploymentEntity deployment) {
    List<String> missing = new ArrayList<>();
    for (ResourceEntity resource : new ArrayList<>(deployment.getResources().values())) {
      if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
        DeployedFormKeys.of(resource.getBytes()).stream()
            .filter(name -> deployment.getResource(name) == null && !missing.contains(name))
            .forEach(missing::add);
      }
    }
    return missing;
  }

  private static void add(DeploymentEntity deployment, String name, byte[] bytes) {
    ResourceEntity form = new ResourceEntity();
    form.setName(name);
    form.setBytes(bytes);
    form.setDeploymentId(deployment.getId());
    form.setTenantId(deployment.getTenantId());
    form.setType(ResourceTypes.REPOSITORY.getValue());
    form.setCreateTime(ClockUtil.getCurrentTime());
    Context.getCommandContext().getResourceManager().insertResource(form);
    deployment.addResource(form);
    LOG.info("Deployment {} takes the application's form {}", deployment.getName(), name);
  }
}
