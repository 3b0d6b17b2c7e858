package org.policy321.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of the mails, and the settings they depend on. */
class TaskMessagesTest {

  private static final Date DUE = Date.from(Instant.parse("2026-06-08T14:30:00Z"));

  private static NotificationProperties settings(String tasklistUrl, String... confidential) {
    return new NotificationProperties(true, "tasklist@department.example", tasklistUrl, List.of(confidential));
  }

  @Test
  void mailNamesTheTaskItsDueDateAndLinksToItInTasklist() {
    TaskMessages messages = new TaskMessages(settings("https://tasks.department.example/camunda/app/tasklist/default"));

    TaskMail mail = messages.waiting(new WaitingTask("t-1", "Decide on memo", DUE, "depiction-approval"), "chief@department.example");

    assertThat(mail.to()).isEqualTo("chief@department.example");
    assertThat(mail.subject()).isEqualTo("Task waiting: Decide on memo");
    assertThat(mail.text()).isEqualTo("""
        A task is waiting for you in Tasklist.

        Task: Decide on memo
        Due: Monday 8 June 2026, 14:30 UTC

        Open it in Tasklist:
        https://tasks.department.example/camunda/app/tasklist/default/#/?task=t-1
        """);
  }

  @Test
  void reminderSaysSoAndATaskWithoutDueDateHasNoDueLine() {
    TaskMessages messages = new TaskMessages(settings(null));

    TaskMail mail = messages.reminder(new WaitingTask("t-2", "Remove posting", null, "removal-on-direction"), "employee@department.example");

    assertThat(mail.subject()).isEqualTo("Reminder: task waiting: Remove posting");
    assertThat(mail.text()).startsWith("Reminder: this task is still waiting for you in Tasklist.")
        .doesNotContain("Due").endsWith(NotificationProperties.DEFAULT_TASKLIST_URL + "#/?task=t-2\n");
  }

  @Test
  void confidentialProcessGetsNeitherTaskNameNorDueDate() {
    TaskMessages messages = new TaskMessages(settings(null, "violation-to-discipline"));
    WaitingTask task = new WaitingTask("t-3", "Review the violation of Officer Reyes", DUE, "violation-to-discipline");

    TaskMail waiting = messages.waiting(task, "ia@department.example");
    TaskMail reminder = messages.reminder(task, "ia@department.example");

    assertThat(waiting.subject()).isEqualTo("A task is waiting for you in Tasklist");
    assertThat(waiting.text()).isEqualTo("A task is waiting for you in Tasklist:\n"
        + NotificationProperties.DEFAULT_TASKLIST_URL + "#/?task=t-3\n");
    assertThat(reminder.subject()).isEqualTo("Reminder: a task is waiting for you in Tasklist");
    assertThat(waiting.subject() + waiting.text() + reminder.subject() + reminder.text())
        .doesNotContain("Reyes", "Review", "June");
  }

  @Test
  void enabledNotificationsNeedASenderAndAWebAddressForTasklist() {
    assertThatThrownBy(() -> new NotificationProperties(true, " ", null, null))
        .hasMessageContaining("policy.notifications.from");
    assertThatThrownBy(() -> new NotificationProperties(true, "a@b.example", "tasklist/default/", null))
        .hasMessageContaining("policy.notifications.tasklist-url");
    assertThat(new NotificationProperties(false, null, "not checked while off", null).enabled()).isFalse();
  }
}
