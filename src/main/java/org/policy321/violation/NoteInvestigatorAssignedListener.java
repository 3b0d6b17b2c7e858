package org.policy321.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_Investigate, on assignment: the case has an investigator, and the reporter hears so (CALEA 52.2.4). */
@Component("noteInvestigatorAssigned")
class NoteInvestigatorAssignedListener implements TaskListener {

  private final CaseInvestigation caseInvestigation;

  NoteInvestigatorAssignedListener(CaseInvestigation caseInvestigation) {
    this.caseInvestigation = caseInvestigation;
  }

  @Override
  public void notify(DelegateTask task) {
    caseInvestigation.assignInvestigator(ViolationVariables.reportId(task), task.getAssignee());
  }
}
