package org.policy321.training;

import static org.policy321.training.SocialMediaTraining.Vars;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.ActingUser;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_CheckUnderstanding, on completion: checks the answers against {@code policy.training.questions} (§VI.A);
 * {@code checkPassed} decides the gateway, {@code checkResult} tells the employee what to read up on.
 */
@Component("recordUnderstandingCheck")
class RecordUnderstandingCheckListener implements TaskListener {

  private final TrainingService trainings;

  RecordUnderstandingCheckListener(TrainingService trainings) {
    this.trainings = trainings;
  }

  @Override
  public void notify(DelegateTask task) {
    UnderstandingCheck.Result result = trainings.answerCheck(TrainingVariables.trainingId(task), ActingUser.of(task),
        FormValues.text(task, Vars.CHECK_ANSWERS));
    task.setVariable(Vars.CHECK_PASSED, result.passed());
    task.setVariable(Vars.CHECK_RESULT, result.sentence());
  }
}
