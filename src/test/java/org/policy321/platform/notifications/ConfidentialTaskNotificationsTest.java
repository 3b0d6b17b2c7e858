package org.policy321.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval.Elements;
import org.springframework.test.context.TestPropertySource;

/**
 * A confidential process (here the depiction approval stands in for the discipline cases to come):
 * its mails say that a task is waiting and link to it, and nothing else, not even the task's name.
 */
@TestPropertySource(properties = {
    "policy.notifications.enabled=true",
    "policy.notifications.confidential-process-keys=depiction-approval"})
class ConfidentialTaskNotificationsTest extends NotificationTestSupport {

  private static final List<String> TASK_DETAILS = List.of("Decide on memo", "Withdraw request", "Due", "memo");

  @Test
  void mailsOfAConfidentialProcessSayOnlyThatATaskIsWaiting() {
    ProcessInstance instance = sendMemo();
    generateMemo(instance);
    Task withdraw = task(instance, Elements.WITHDRAW_REQUEST);
    Task decision = task(instance, Elements.DECIDE_ON_MEMO);

    List<Mail> mails = settle();
    assertThat(mails).extracting(Mail::to).containsExactlyInAnyOrder(
        "employee@department.example", "chief@department.example", "designee@department.example");
    assertThat(mails).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("A task is waiting for you in Tasklist");
      assertThat(mail.subject() + mail.text()).doesNotContain(CASE_CONTENT).doesNotContain(TASK_DETAILS);
    });
    assertThat(mails).filteredOn(mail -> mail.to().startsWith("employee@"))
        .singleElement().satisfies(mail -> assertThat(mail.text()).isEqualTo(
            "A task is waiting for you in Tasklist:\n" + link(withdraw)));
    assertThat(mails).filteredOn(mail -> !mail.to().startsWith("employee@"))
        .allSatisfy(mail -> assertThat(mail.text()).isEqualTo(
            "A task is waiting for you in Tasklist:\n" + link(decision)));
  }

  @Test
  void remindersOfAConfidentialProcessSayOnlyThatATaskIsStillWaiting() {
    ProcessInstance instance = sendMemo();
    generateMemo(instance);
    settle();
    Task decision = task(instance, Elements.DECIDE_ON_MEMO);

    letDecisionBecomeOverdue(instance);

    List<Mail> mails = settle();
    assertThat(mails).hasSize(2).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("Reminder: a task is waiting for you in Tasklist");
      assertThat(mail.text()).isEqualTo("Reminder: a task is waiting for you in Tasklist:\n" + link(decision));
    });
  }
}
