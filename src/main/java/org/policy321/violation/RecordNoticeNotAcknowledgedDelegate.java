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

  private final CaseDiscipline caseDiscipline;

  RecordNoticeNotAcknowledgedDelegate(CaseDiscipline caseDiscipline) {
    this.caseDiscipline = caseDiscipline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    caseDiscipline.noticeNotAcknowledged(ViolationVariables.reportId(execution));
  }
}
