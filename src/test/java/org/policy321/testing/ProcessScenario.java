package org.policy321.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The base of every process's scenario tests: the whole application with the job executor off (tests
 * drive jobs and timers by hand), Camunda's assertions on this context's engine, staff acting as
 * themselves, the engine clock back to real time after each test, and process coverage recorded.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessCoverage.class)
public abstract class ProcessScenario {

  @Autowired protected ProcessEngine engine;
  protected Staff staff;

  @BeforeEach
  void initEngineAssertions() {
    BpmnAwareTests.init(engine);
    staff = new Staff(engine.getIdentityService());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }
}
