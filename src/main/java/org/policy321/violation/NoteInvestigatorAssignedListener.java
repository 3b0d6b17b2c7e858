package org.policy321.violation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task_Investigate, on assignment: the case has an investigator, and the reporter hears so (CALEA 52.2.4). */
@Component("noteInvestigatorAssigned")
class NoteInvestigatorAssignedListener implements TaskListener {

  private final ViolationCases cases;

  NoteInvestigatorAssignedListener(ViolationCases cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    cases.assignInvestigator(ViolationVariables.reportId(task), task.getAssignee());
  }
}
