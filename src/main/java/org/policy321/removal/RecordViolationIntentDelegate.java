package org.policy321.removal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.violation.ViolationIntents;
import org.springframework.stereotype.Component;

/**
 * Task_RecordViolationIntent: reached only when the Chief or a designee chose to refer an unremoved posting
 * to Internal Affairs (§V.A). Records the possible violation of §III.R and §III.D and opens a §V case for
 * Internal Affairs; the referral is read from the case's record, and refused when nobody chose it.
 */
@Component("recordViolationIntent")
class RecordViolationIntentDelegate implements JavaDelegate {

  private final RemovalService removals;
  private final ViolationIntents violations;

  RecordViolationIntentDelegate(RemovalService removals, ViolationIntents violations) {
    this.removals = removals;
    this.violations = violations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RemovalService.Referral referral = removals.referral(RemovalVariables.removalId(execution),
        execution.getProcessInstanceId());
    violations.record(referral.subjectUserId(), referral.clauses(), referral.summary(), referral.approvalNumber(),
        execution.getProcessInstanceId());
  }
}
