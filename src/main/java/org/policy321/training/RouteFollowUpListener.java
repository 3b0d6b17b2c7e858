package org.policy321.training;

import static org.policy321.training.SocialMediaTraining.Elements;
import static org.policy321.training.SocialMediaTraining.Vars;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.tasks.TaskReminder;
import org.springframework.stereotype.Component;

/**
 * Task_SupervisorFollowUp and Task_HrFollowUp, on creation: the training is overdue (§VI.A). The first goes to the
 * employee's supervisor on the roster as it stands now (to HR for someone without one), the second to HR; the
 * employee's open task is raised and marked with a reminder, and the record keeps when each was told.
 */
@Component("routeTrainingFollowUp")
class RouteFollowUpListener implements TaskListener {

  private final TrainingService trainings;
  private final TaskReminder reminder;

  RouteFollowUpListener(TrainingService trainings, TaskReminder reminder) {
    this.trainings = trainings;
    this.reminder = reminder;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = TrainingVariables.trainingId(task);
    boolean toSupervisor = Elements.SUPERVISOR_FOLLOW_UP.equals(task.getTaskDefinitionKey());
    Optional<String> supervisor = toSupervisor ? trainings.supervisorOf(id) : Optional.empty();
    if (supervisor.isPresent()) {
      task.setAssignee(supervisor.get());
    } else {
      task.addCandidateGroup(Groups.HR);
    }
    trainings.reminded(id, toSupervisor);
    String who = supervisor.isPresent() ? "your supervisor" : "Human Resources";
    for (String employeeTask : SocialMediaTraining.EMPLOYEE_TASKS) {
      reminder.remind(task.getProcessInstanceId(), employeeTask, "Overdue: your training "
          + FormValues.text(task, Vars.TRAINING_NUMBER) + " was due " + trainings.get(id).dueAt().toLocalDate() + "; " + who
          + " has been told. Please complete it now (Policy 3.21 §VI.A).");
    }
  }
}
