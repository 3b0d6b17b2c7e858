package org.policy321.bench;

import java.util.Map;

/**
 * Phase (a): the bare engine. {@code bench/bench-bare.bpmn} has the depiction approval's four user
 * tasks of the happy path with one inquiry round, with the same people, and nothing else.
 */
public final class BareProcessDriver implements InstanceDriver {

  public static final String PROCESS_KEY = "bench-bare";
  public static final String RESOURCE = "bench/bench-bare.bpmn";

  private final ProcessSteps steps;

  public BareProcessDriver(ProcessSteps steps) {
    this.steps = steps;
  }

  @Override
  public String name() {
    return "(a) bare engine";
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public void runOne(int index) {
    finish(steps.start("employee", PROCESS_KEY, Map.of()));
  }

  /** Works a started instance's four tasks to its end. */
  public void finish(String pi) {
    steps.claimAndComplete(pi, "Task_FirstDecision", "chief", Map.of());
    steps.complete(pi, "Task_Answer", "employee", Map.of());
    steps.claimAndComplete(pi, "Task_SecondDecision", "chief", Map.of());
    steps.complete(pi, "Task_Acknowledge", "employee", Map.of());
  }
}
