package org.policy321.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Process test coverage (camunda-process-test-coverage): every scenario test class writes which
 * flow nodes and sequence flows its tests took to target/process-test-coverage/, as a report
 * over the diagram.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

  private static final String START_UP = "application-start-up";

  @Bean
  ProcessEngineCoverageProperties processEngineCoverageProperties() {
    return ProcessEngineCoverageProperties.Companion.builder().build();
  }

  /**
   * What the application starts on its own when it is ready (the demo's content guidelines, acknowledged by the demo
   * poster; the first yearly review of the demo's account) runs before any test class has begun its coverage run, and
   * the coverage listeners refuse steps outside a run. Those steps are counted in a run of their own, which no report
   * includes: each test class then sets its own collector, as before.
   */
  @Bean
  ApplicationListener<ApplicationStartedEvent> startUpCoverageRun(ProcessEngine engine) {
    return started -> {
      DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
      collector.createSuite(new Suite(START_UP, "Application start-up"));
      collector.activateSuite(START_UP);
      collector.createRun(new Run(START_UP, "Application start-up"), START_UP);
      collector.activateRun(START_UP);
      new ProcessEngineAdapter(engine, collector).initializeListeners();
    };
  }
}
