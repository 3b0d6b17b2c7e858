package org.policy321.training;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the training's variables set by the application (never by a form). */
final class TrainingVariables {

  private TrainingVariables() {}

  static long trainingId(VariableScope scope) {
    return ((Number) scope.getVariable(SocialMediaTraining.Vars.TRAINING_ID)).longValue();
  }
}
