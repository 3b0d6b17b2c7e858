package org.policy321.training;

import static org.policy321.training.SocialMediaTraining.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/** Task_AcknowledgeRevision, on completion: the employee's attestation, naming the day and the revision (§VI.A). */
@Component("recordPolicyAcknowledgement")
class RecordAcknowledgementListener implements TaskListener {

  private final TrainingService trainings;

  RecordAcknowledgementListener(TrainingService trainings) {
    this.trainings = trainings;
  }

  @Override
  public void notify(DelegateTask task) {
    trainings.acknowledge(TrainingVariables.trainingId(task), ActingUser.of(task),
        FormValues.text(task, Vars.ACKNOWLEDGED_REVISION), FormValues.flag(task, Vars.ATTESTED));
  }
}
