package org.policy321.training;

import static org.policy321.training.SocialMediaTraining.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.policy321.platform.forms.FormValues;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterTraining: opens the record {@code TR-<id>} (its number becomes the business key) for the current
 * revision, due {@code policy.training.deadline} from now (§VI.A). Whoever started it from Tasklist (HR) is kept as
 * who assigned it; the application's own starts (a hire, a referral, a revision) have nobody signed in.
 */
@Component("registerTraining")
class RegisterTrainingDelegate implements JavaDelegate {

  private final TrainingService trainings;

  RegisterTrainingDelegate(TrainingService trainings) {
    this.trainings = trainings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication starter = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    TrainingRecord record = trainings.register(FormValues.text(execution, Vars.EMPLOYEE_ID),
        TrainingKind.of(FormValues.text(execution, Vars.KIND)), FormValues.text(execution, Vars.CASE_NUMBER),
        starter == null ? null : starter.getUserId(), execution.getProcessInstanceId());
    execution.setVariables(trainings.variables(record));
    execution.setProcessBusinessKey(record.number());
  }
}
