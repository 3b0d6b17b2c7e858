package org.policy321.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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

  /**
   * Issue 17: a task that waits on a person shows as its due date the moment the timer that acts on it
   * fires, so Tasklist tells the person the real deadline. {@code processInstanceId} is the case whose
   * boundary timer it is (for a task in a called process, the calling case's); a second's slack covers
   * the due date and the timer being computed one after the other in the same transaction.
   */
  protected void assertDueWhenTimerFires(Task task, String processInstanceId, String boundaryEventId) {
    Job timer = engine.getManagementService().createJobQuery().timers().processInstanceId(processInstanceId)
        .activityId(boundaryEventId).singleResult();
    assertThat(timer).as("the timer " + boundaryEventId + " waiting on " + task.getTaskDefinitionKey()).isNotNull();
    assertThat(task.getDueDate()).as("due date of " + task.getTaskDefinitionKey() + " = " + boundaryEventId + " fires")
        .isNotNull().isCloseTo(timer.getDuedate(), 1_000);
  }
}
