package org.policy321.platform.tasks;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Reminds whoever holds an open task: raises its priority, which Tasklist sorts by and shows, and
 * adds a comment that Tasklist lists with the task. The task itself stays where it is. Announces
 * the reminder as a {@link TaskReminded} event, so people who are not looking at Tasklist hear of it.
 */
@Service
public class TaskReminder {

  /** Priority of a task that has been reminded or escalated (Camunda's default is 50). */
  public static final int REMINDED_PRIORITY = 90;

  private final TaskService taskService;
  private final ApplicationEventPublisher events;

  TaskReminder(TaskService taskService, ApplicationEventPublisher events) {
    this.taskService = taskService;
    this.events = events;
  }

  /** @return whether there was an open task to remind (it may have been completed meanwhile) */
  public boolean remind(String processInstanceId, String taskDefinitionKey, String message) {
    Task task = taskService.createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey)
        .singleResult();
    if (task == null) {
      return false;
    }
    task.setPriority(REMINDED_PRIORITY);
    taskService.saveTask(task);
    taskService.createComment(task.getId(), processInstanceId, message);
    events.publishEvent(new TaskReminded(task.getId()));
    return true;
  }
}
