package org.policy321.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps every driver takes, done the same way for all so that differences in time are the
 * processes' own: find a task (no authentication, so no authorization check), claim and complete it
 * as a member of a candidate group or complete it as its assignee (authenticated, checked), and
 * execute due jobs in the driver's thread (the job executor is off in the benchmarks).
 */
public final class ProcessSteps {

  /** More rounds of due jobs than any path has asynchronous steps in a row: a loop would show as an error. */
  private static final int MAX_JOB_ROUNDS = 20;

  private final ProcessEngine engine;
  private final Actors actors;

  public ProcessSteps(ProcessEngine engine) {
    this.engine = engine;
    this.actors = new Actors(engine.getIdentityService());
  }

  public Actors actors() {
    return actors;
  }

  public String start(String userId, String processKey, Map<String, Object> variables) {
    return actors.as(userId, () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, variables).getId());
  }

  public String start(String userId, String processKey, String businessKey, Map<String, Object> variables) {
    return actors.as(userId,
        () -> engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables).getId());
  }

  public void claimAndComplete(String processInstanceId, String taskKey, String userId, Map<String, Object> variables) {
    String taskId = task(processInstanceId, taskKey);
    actors.as(userId, () -> {
      engine.getTaskService().claim(taskId, userId);
      engine.getTaskService().complete(taskId, variables);
    });
  }

  public void complete(String processInstanceId, String taskKey, String userId, Map<String, Object> variables) {
    String taskId = task(processInstanceId, taskKey);
    actors.as(userId, () -> engine.getTaskService().complete(taskId, variables));
  }

  /** Completes a task found elsewhere (e.g. in a called process), claiming it first if nobody holds it. */
  public void work(Task task, String userId, Map<String, Object> variables) {
    actors.as(userId, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), userId);
      }
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  /** Executes the instance's one due job (an asynchronous continuation); timers are not due. */
  public void runDueJob(String processInstanceId) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable()
        .singleResult();
    if (job == null) {
      throw new IllegalStateException("No due job in " + processInstanceId);
    }
    engine.getManagementService().executeJob(job.getId());
  }

  /**
   * Executes every due job of the instance and of the processes it called, round after round, until none
   * is left (a job may make the next one); timers not yet due stay. Other instances' jobs are left alone,
   * so that threads driving other instances do not race for them.
   */
  public void runDueJobs(String processInstanceId) {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < MAX_JOB_ROUNDS; round++) {
      List<Job> due = new ArrayList<>();
      for (String instance : withCalled(processInstanceId)) {
        due.addAll(management.createJobQuery().processInstanceId(instance).executable().list());
      }
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("Still due jobs after " + MAX_JOB_ROUNDS + " rounds in " + processInstanceId);
  }

  /** The open task at {@code taskKey} in the instance or a process it called, or null. */
  public Task findTask(String processInstanceId, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(withCalled(processInstanceId)
        .toArray(String[]::new)).taskDefinitionKey(taskKey).singleResult();
  }

  private List<String> withCalled(String processInstanceId) {
    List<String> ids = new ArrayList<>(List.of(processInstanceId));
    for (ProcessInstance called : engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).list()) {
      ids.addAll(withCalled(called.getId()));
    }
    return ids;
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
