package org.policy321.training;

import static org.policy321.training.SocialMediaTraining.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_ConfirmTraining, on completion: HR confirms the training complete (§VI.A); the record is closed. */
@Component("recordTrainingConfirmation")
class RecordConfirmationListener implements TaskListener {

  private final TrainingService trainings;

  RecordConfirmationListener(TrainingService trainings) {
    this.trainings = trainings;
  }

  @Override
  public void notify(DelegateTask task) {
    trainings.confirm(TrainingVariables.trainingId(task), ActingUser.of(task), FormValues.flag(task, Vars.CONFIRMED),
        FormValues.text(task, Vars.CONFIRMATION_NOTE));
  }
}
