package org.policy321.posting;

import static org.policy321.posting.ContentGuidelineAcknowledgement.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_RemindPoster: the guidelines are still unacknowledged at their due date (§I.B); the task's priority is raised
 * and a reminder comment added, and the acknowledgements view shows it overdue.
 */
@Component("remindGuidelineAcknowledgement")
class RemindGuidelineAcknowledgementDelegate implements JavaDelegate {

  private final GuidelineAcknowledgements acknowledgements;

  RemindGuidelineAcknowledgementDelegate(GuidelineAcknowledgements acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    acknowledgements.remind(FormValues.text(execution, Vars.ACKNOWLEDGEMENT_NUMBER), execution.getProcessInstanceId());
  }
}
