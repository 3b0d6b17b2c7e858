package org.policy321.violation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordFindingNoticeUnacknowledged, Task_RecordDisciplineUnacknowledged: the employee concerned let the
 * notice's acknowledgement deadline pass; the case records it and closes (§V.B).
 */
@Component("recordNoticeNotAcknowledged")
class RecordNoticeNotAcknowledgedDelegate implements JavaDelegate {

  private final ViolationCases cases;

  RecordNoticeNotAcknowledgedDelegate(ViolationCases cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cases.noticeNotAcknowledged(ViolationVariables.reportId(execution));
  }
}
