package org.policy321.training;

import static org.policy321.training.SocialMediaTraining.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_StudyMaterial, on completion: the employee read the material (§VI.A); counted on the record. */
@Component("recordMaterialRead")
class RecordMaterialReadListener implements TaskListener {

  private final TrainingService trainings;

  RecordMaterialReadListener(TrainingService trainings) {
    this.trainings = trainings;
  }

  @Override
  public void notify(DelegateTask task) {
    trainings.materialRead(TrainingVariables.trainingId(task), ActingUser.of(task), FormValues.flag(task, Vars.MATERIAL_READ));
  }
}
