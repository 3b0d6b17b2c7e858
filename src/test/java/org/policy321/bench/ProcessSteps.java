package org.policy321.bench;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps both drivers take, done the same way for both so that the difference in time is the
 * processes' own: find a task (no authentication, so no authorization check), claim and complete it
 * as a member of a candidate group or complete it as its assignee (authenticated, checked), and
 * execute a due job in the driver's thread (the job executor is off in the benchmark).
 */
final class ProcessSteps {

  private final ProcessEngine engine;
  private final Actors actors;

  ProcessSteps(ProcessEngine engine) {
    this.engine = engine;
    this.actors = new Actors(engine.getIdentityService());
  }

  String start(String userId, String processKey, Map<String, Object> variables) {
    return actors.as(userId, () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, variables).getId());
  }

  void claimAndComplete(String processInstanceId, String taskKey, String userId, Map<String, Object> variables) {
    String taskId = task(processInstanceId, taskKey);
    actors.as(userId, () -> {
      engine.getTaskService().claim(taskId, userId);
      engine.getTaskService().complete(taskId, variables);
    });
  }

  void complete(String processInstanceId, String taskKey, String userId, Map<String, Object> variables) {
    String taskId = task(processInstanceId, taskKey);
    actors.as(userId, () -> engine.getTaskService().complete(taskId, variables));
  }

  /** Executes the instance's one due job (an asynchronous continuation); timers are not due. */
  void runDueJob(String processInstanceId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable()
        .singleResult();
    if (job == null) {
      throw new IllegalStateException("No due job in " + processInstanceId);
    }
    engine.getManagementService().executeJob(job.getId());
  }

  private String task(String processInstanceId, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " in " + processInstanceId);
    }
    return task.getId();
  }
}
