package org.policy321.training;

import static org.policy321.training.SocialMediaTraining.Vars;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.policy321.testing.Staff;

/** Trainings as their people work them, through the Java API under each one's authorizations (§VI.A). */
final class TrainingDriver {

  private final ProcessEngine engine;
  private final Staff staff;

  TrainingDriver(ProcessEngine engine) {
    this.engine = engine;
    this.staff = new Staff(engine.getIdentityService());
  }

  /** HR assigns the training from Tasklist (the start form names the employee). */
  ProcessInstance assignedByHr(String employee) {
    return staff.as("hr", () -> engine.getRuntimeService().startProcessInstanceByKey(SocialMediaTraining.PROCESS_KEY,
        Map.of(Vars.EMPLOYEE_ID, employee)));
  }

  /** Claims the task if nobody holds it, and completes it, as the user. */
  void complete(String user, Task task, Map<String, Object> variables) {
    staff.as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), variables);
    });
  }
}
