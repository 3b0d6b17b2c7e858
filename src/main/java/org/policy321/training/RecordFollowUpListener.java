package org.policy321.training;

import static org.policy321.training.SocialMediaTraining.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_SupervisorFollowUp and Task_HrFollowUp, on completion: what the supervisor or HR did is required (§VI.A). */
@Component("recordTrainingFollowUp")
class RecordFollowUpListener implements TaskListener {

  private final TrainingService trainings;

  RecordFollowUpListener(TrainingService trainings) {
    this.trainings = trainings;
  }

  @Override
  public void notify(DelegateTask task) {
    trainings.followUpNote(FormValues.text(task, Vars.FOLLOW_UP_NOTE));
  }
}
