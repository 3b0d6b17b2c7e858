package org.policy321.violation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.stereotype.Component;

/**
 * Task_NoteInvestigationOverdue: the investigation ran past its deadline; the investigator's task is
 * raised and the reporter told (CALEA 52.2.4). The investigation goes on.
 */
@Component("noteInvestigationOverdue")
class NoteInvestigationOverdueDelegate implements JavaDelegate {

  private final CaseInvestigation caseInvestigation;
  private final TaskReminder reminder;

  NoteInvestigationOverdueDelegate(CaseInvestigation caseInvestigation, TaskReminder reminder) {
    this.caseInvestigation = caseInvestigation;
    this.reminder = reminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (caseInvestigation.noteOverdue(ViolationVariables.reportId(execution))) {
      reminder.remind(execution.getProcessInstanceId(), ViolationReporting.Elements.INVESTIGATE,
          "The investigation is past its deadline: record the finding or ask the Chief for an extension.");
    }
  }
}
