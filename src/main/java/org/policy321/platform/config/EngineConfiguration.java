package org.policy321.platform.config;

import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * The starter's engine configuration, with one change: deployed resources are named by their path
 * on the classpath ({@code forms/submit-memo.html}) instead of their absolute file path. Form keys
 * such as {@code embedded:deployment:forms/submit-memo.html} then resolve, and the
 * "deploy changed only" comparison gives the same names on every machine, so a restart does not
 * create a new process definition version.
 */
@Configuration
class EngineConfiguration {

  /** The top-level folders the pom puts on the classpath for deployment. */
  static final List<String> DEPLOYED_FOLDERS = List.of("bpmn", "forms");

  @Bean
  ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
    SpringProcessEngineConfiguration configuration =
        CamundaSpringBootUtil.initCustomFields(new ClasspathNamedDeployment());
    configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
    return configuration;
  }

  static final class ClasspathNamedDeployment extends SpringProcessEngineConfiguration {

    @Override
    protected String getFileResourceName(Resource resource) {
      try {
        return classpathName(resource.getURL().toString());
      } catch (IOException e) {
        return super.getFileResourceName(resource);
      }
    }
  }

  /** "file:/x/target/classes/forms/a.html" or "jar:...!/BOOT-INF/classes!/forms/a.html" → "forms/a.html". */
  static String classpathName(String url) {
    for (String folder : DEPLOYED_FOLDERS) {
      int at = url.lastIndexOf("/" + folder + "/");
      if (at >= 0) {
        return url.substring(at + 1);
      }
    }
    return url;
  }
}
