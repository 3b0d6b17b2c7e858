package org.policy321.platform.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a notification. It names the task (the diagram's title for it), its due date and
 * links to it in Tasklist: never a variable or anything else of the case, which may be read on
 * a phone or a shared screen and stays behind the Tasklist login. For a confidential process
 * (discipline cases) not even the task's name: only that a task is waiting.
 */
final class TaskMessages {

  /** Due dates as the engine keeps them, in UTC, spelled out so no reader mistakes day and month. */
  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  static final String CONFIDENTIAL_NOTICE = "A task is waiting for you in Tasklist";

  private final NotificationProperties properties;

  TaskMessages(NotificationProperties properties) {
    this.properties = properties;
  }

  /** A task newly assigned to the recipient or offered to their group. */
  TaskMail waiting(WaitingTask task, String to) {
    return write(task, to, false);
  }

  /** A reminder or escalation of a task that is still open. */
  TaskMail reminder(WaitingTask task, String to) {
    return write(task, to, true);
  }

  private TaskMail write(WaitingTask task, String to, boolean reminder) {
    String prefix = reminder ? "Reminder: " : "";
    String link = properties.taskLink(task.id());
    if (properties.isConfidential(task.processDefinitionKey())) {
      String notice = reminder ? prefix + "a task is waiting for you in Tasklist" : CONFIDENTIAL_NOTICE;
      return new TaskMail(task.id(), to, notice, notice + ":\n" + link + "\n");
    }
    String name = task.name() == null || task.name().isBlank() ? "(untitled task)" : task.name();
    String subject = prefix + (reminder ? "task waiting: " : "Task waiting: ") + name;
    StringBuilder text = new StringBuilder()
        .append(reminder ? "Reminder: this task is still waiting for you in Tasklist." : "A task is waiting for you in Tasklist.")
        .append("\n\nTask: ").append(name).append('\n');
    if (task.dueDate() != null) {
      text.append("Due: ").append(DUE.format(task.dueDate().toInstant())).append('\n');
    }
    text.append("\nOpen it in Tasklist:\n").append(link).append('\n');
    return new TaskMail(task.id(), to, subject, text.toString());
  }
}
