package org.policy321.training;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AskEveryEmployee: the policy was revised; every employee is asked to acknowledge the new revision, each in a
 * training process of their own (kind revision: the acknowledgement only, with its due date and the same follow-up).
 */
@Component("askEveryEmployee")
class AskEveryEmployeeDelegate implements JavaDelegate {

  private final TrainingStarts starts;

  AskEveryEmployeeDelegate(TrainingStarts starts) {
    this.starts = starts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    starts.askEveryEmployeeToAcknowledge();
  }
}
