package org.policy321.posting;

import static org.policy321.posting.ContentGuidelineAcknowledgement.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_AcknowledgeGuidelines, on completion: the poster acknowledged the version (§I.B). Anything else — the box not
 * ticked, someone else completing the poster's task — refuses the completion; the task stays open.
 */
@Component("recordGuidelineAcknowledgement")
class RecordGuidelineAcknowledgementListener implements TaskListener {

  private final GuidelineAcknowledgements acknowledgements;

  RecordGuidelineAcknowledgementListener(GuidelineAcknowledgements acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Override
  public void notify(DelegateTask task) {
    acknowledgements.recordAcknowledged(FormValues.text(task, Vars.ACKNOWLEDGEMENT_NUMBER), ActingUser.of(task),
        FormValues.flag(task, Vars.ACKNOWLEDGED));
    task.setVariable(Vars.ACKNOWLEDGED, true);
  }
}
