package org.policy321.platform.notifications;

import java.util.Date;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.policy321.platform.identity.SystemAuthority;
import org.policy321.platform.tasks.TaskReminded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Tells people by e-mail that a task waits for them in Tasklist:
 * <ul>
 *   <li>a task is created for an assignee, or assigned to someone later (not when a user claims it:
 *       they know), → the assignee;
 *   <li>a task is created for candidate groups or users → every candidate user and group member;
 *   <li>a task is reminded or escalated ({@link TaskReminded}) → its assignee, or its candidates.
 * </ul>
 *
 * <p>Task events come from the Camunda Spring Boot starter's event bridge
 * ({@code camunda.bpm.eventing.task}), which publishes the live {@link DelegateTask} inside the
 * engine's command, before its transaction commits. So this class only prepares the mails there, on
 * what the task is now, and {@link MailOutbox} sends them once the transaction has committed. It
 * never throws: a notification must not refuse a user's form or fail a job.
 */
final class TaskNotifications {

  private static final Logger LOG = LoggerFactory.getLogger(TaskNotifications.class);

  private final Recipients recipients;
  private final TaskMessages messages;
  private final MailOutbox outbox;
  private final IdentityService identityService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;

  TaskNotifications(Recipients recipients, TaskMessages messages, MailOutbox outbox,
      IdentityService identityService, TaskService taskService, RepositoryService repositoryService) {
    this.recipients = recipients;
    this.messages = messages;
    this.outbox = outbox;
    this.identityService = identityService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
  }

  @EventListener
  void on(DelegateTask task) {
    String event = task.getEventName();
    if (!TaskListener.EVENTNAME_CREATE.equals(event) && !TaskListener.EVENTNAME_ASSIGNMENT.equals(event)) {
      return;
    }
    guarded(task.getId(), () -> {
      Set<String> to;
      if (task.getAssignee() != null) {
        // "create" with an assignee is followed by "assignment" in the same transaction: the
        // outbox sends the two equal mails once. A user who claims a task needs no mail about it.
        boolean claimedByThemselves = TaskListener.EVENTNAME_ASSIGNMENT.equals(event)
            && task.getAssignee().equals(currentUserId());
        to = claimedByThemselves ? Set.of() : recipients.assignee(task.getAssignee());
      } else {
        to = TaskListener.EVENTNAME_CREATE.equals(event) ? recipients.candidates(task.getCandidates()) : Set.of();
      }
      post(waitingTask(task.getId(), task.getName(), task.getDueDate(), task.getProcessDefinitionId()),
          to, messages::waiting);
    });
  }

  @EventListener
  void on(TaskReminded reminded) {
    guarded(reminded.taskId(), () -> {
      Task task = SystemAuthority.call(() -> taskService.createTaskQuery().taskId(reminded.taskId()).singleResult());
      if (task == null) {
        return;
      }
      Set<String> to = task.getAssignee() != null
          ? recipients.assignee(task.getAssignee())
          : recipients.candidates(SystemAuthority.call(() -> taskService.getIdentityLinksForTask(task.getId())));
      post(waitingTask(task.getId(), task.getName(), task.getDueDate(), task.getProcessDefinitionId()),
          to, messages::reminder);
    });
  }

  private void post(Supplier<WaitingTask> task, Set<String> to, BiFunction<WaitingTask, String, TaskMail> message) {
    if (to.isEmpty()) {
      return;
    }
    WaitingTask waiting = task.get();
    outbox.post(to.stream().map(address -> message.apply(waiting, address)).toList());
  }

  /** The process's key decides whether it is confidential; the deployment cache has it. */
  private Supplier<WaitingTask> waitingTask(String id, String name, Date dueDate, String processDefinitionId) {
    return () -> new WaitingTask(id, name, dueDate, processDefinitionId == null ? null
        : SystemAuthority.call(() -> repositoryService.getProcessDefinition(processDefinitionId).getKey()));
  }

  private String currentUserId() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** Runs inside the engine's transaction: whatever goes wrong is logged, never thrown into it. */
  private static void guarded(String taskId, Runnable preparation) {
    try {
      preparation.run();
    } catch (RuntimeException e) {
      LOG.warn("Notification for task {} not prepared: {}", taskId, e.toString());
    }
  }
}
