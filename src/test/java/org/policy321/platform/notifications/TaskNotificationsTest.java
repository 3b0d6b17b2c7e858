package org.policy321.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With notifications on: who is mailed when a depiction approval moves, what the mail says (the
 * task and a link to it, nothing of the memo), and when nothing is sent.
 */
@TestPropertySource(properties = {
    "policy.notifications.enabled=true",
    "policy.notifications.from=tasklist@department.example"})
class TaskNotificationsTest extends NotificationTestSupport {

  private static final String EMPLOYEE = "employee@department.example";
  private static final String CHIEF = "chief@department.example";
  private static final String DESIGNEE = "designee@department.example";

  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void memoMailsTheRequesterAndEveryDeciderALinkToTheirTaskAndNothingOfTheMemo() {
    ProcessInstance instance = sendMemo();
    Task withdraw = task(instance, Elements.WITHDRAW_REQUEST);

    assertThat(settle()).as("the requester's own task, created as they sent the memo").singleElement()
        .satisfies(mail -> {
          assertThat(mail.from()).isEqualTo("tasklist@department.example");
          assertThat(mail.to()).isEqualTo(EMPLOYEE);
          assertThat(mail.subject()).isEqualTo("Task waiting: Withdraw request");
          assertThat(mail.text()).contains(link(withdraw)).doesNotContain("Due:");
        });

    generateMemo(instance);
    Task decision = task(instance, Elements.DECIDE_ON_MEMO);

    List<Mail> mails = settle();
    assertThat(mails).as("every member of the candidate groups chief and designee")
        .extracting(Mail::to).containsExactlyInAnyOrder(CHIEF, DESIGNEE);
    assertThat(mails).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("Task waiting: Decide on memo");
      assertThat(mail.text()).contains("Task: Decide on memo", "Due: ", link(decision));
      assertThat(mail.subject() + mail.text()).doesNotContain(CASE_CONTENT);
    });
  }

  @Test
  void refusedCompletionSendsNothing() {
    ProcessInstance instance = sendMemo();
    generateMemo(instance);
    settle();
    String decision = task(instance, Elements.DECIDE_ON_MEMO).getId();

    // An inquiry would give the requester a task (and a mail), but without a notation it is refused.
    assertThatThrownBy(() -> staff.as("designee",
        () -> engine.getTaskService().complete(decision, Map.of(Vars.DECISION, Decisions.INQUIRE))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("notation");
    assertThat(settle()).isEmpty();

    staff.as("designee", () -> engine.getTaskService().complete(decision,
        Map.of(Vars.DECISION, Decisions.INQUIRE, Vars.NOTATION, "Which photograph?")));
    assertThat(settle()).singleElement().satisfies(mail -> {
      assertThat(mail.to()).isEqualTo(EMPLOYEE);
      assertThat(mail.subject()).isEqualTo("Task waiting: Answer inquiry");
      assertThat(mail.text()).doesNotContain("Which photograph?");
    });
  }

  @Test
  void taskCreatedInATransactionThatRollsBackSendsNothing() {
    ProcessInstance instance = sendMemo();
    generateMemo(instance);
    settle();
    String decision = task(instance, Elements.DECIDE_ON_MEMO).getId();

    // The engine joins the caller's transaction: the inquiry task exists inside it, then is undone.
    new TransactionTemplate(transactionManager).executeWithoutResult(transaction -> {
      staff.as("designee", () -> engine.getTaskService().complete(decision,
          Map.of(Vars.DECISION, Decisions.INQUIRE, Vars.NOTATION, "Which photograph?")));
      assertThat(task(instance, Elements.ANSWER_INQUIRY)).as("created in the transaction").isNotNull();
      transaction.setRollbackOnly();
    });

    assertThat(task(instance, Elements.ANSWER_INQUIRY)).as("rolled back").isNull();
    assertThat(settle()).isEmpty();
  }

  @Test
  void overdueDecisionRemindsEveryDeciderByMail() {
    ProcessInstance instance = sendMemo();
    generateMemo(instance);
    settle();
    Task decision = task(instance, Elements.DECIDE_ON_MEMO);

    letDecisionBecomeOverdue(instance);

    List<Mail> mails = settle();
    assertThat(mails).extracting(Mail::to).containsExactlyInAnyOrder(CHIEF, DESIGNEE);
    assertThat(mails).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("Reminder: task waiting: Decide on memo");
      assertThat(mail.text()).startsWith("Reminder:").contains(link(decision));
      assertThat(mail.subject() + mail.text()).doesNotContain(CASE_CONTENT).doesNotContain("P5D", "§III.R");
    });
  }

  @Test
  void claimingATaskSendsNothingAndItsReminderGoesToTheAssigneeAlone() {
    ProcessInstance instance = sendMemo();
    generateMemo(instance);
    settle();
    String decision = task(instance, Elements.DECIDE_ON_MEMO).getId();

    staff.as("chief", () -> engine.getTaskService().claim(decision, "chief"));
    assertThat(settle()).as("the Chief knows they took it").isEmpty();

    letDecisionBecomeOverdue(instance);
    assertThat(settle()).singleElement().satisfies(mail -> {
      assertThat(mail.to()).isEqualTo(CHIEF);
      assertThat(mail.subject()).isEqualTo("Reminder: task waiting: Decide on memo");
    });
  }

  @Test
  void assigningATaskToSomeoneElseMailsThem() {
    ProcessInstance instance = sendMemo();
    generateMemo(instance);
    settle();
    Task decision = task(instance, Elements.DECIDE_ON_MEMO);

    staff.as("admin", () -> engine.getTaskService().setAssignee(decision.getId(), "designee"));

    assertThat(settle()).singleElement().satisfies(mail -> {
      assertThat(mail.to()).isEqualTo(DESIGNEE);
      assertThat(mail.subject()).isEqualTo("Task waiting: Decide on memo");
      assertThat(mail.text()).contains(link(decision));
    });
  }

  @Test
  void mailServerThatStopsAnsweringTimesOut() {
    JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
    assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "10000")
        .containsEntry("mail.smtp.timeout", "10000").containsEntry("mail.smtp.writetimeout", "10000");
  }

  @Test
  void mailServerIsNoPartOfTheApplicationsHealth() {
    assertThat(context.getBean(HealthContributorRegistry.class).getContributor("mail")).isNull();
  }

  @Test
  void unreachableMailServerIsLoggedWithoutContentAndTheProcessGoesOn() {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger mailerLog = (Logger) LoggerFactory.getLogger(NotificationMailer.class);
    log.start();
    mailerLog.addAppender(log);
    smtp.stop();
    try {
      ProcessInstance instance = sendMemo();
      generateMemo(instance);
      assertThat(task(instance, Elements.DECIDE_ON_MEMO)).as("the process went on").isNotNull();

      await().atMost(Duration.ofSeconds(30)).until(() -> log.list.size() >= 3);
      assertThat(log.list).allSatisfy(event -> {
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getFormattedMessage()).contains("not sent").doesNotContain(CASE_CONTENT);
      });
      assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
          .anySatisfy(line -> assertThat(line).contains(task(instance, Elements.DECIDE_ON_MEMO).getId(), CHIEF));
    } finally {
      smtp.start();
      mailerLog.detachAppender(log);
    }
    assertThat(settle()).as("failed mails are dropped, not sent again later").isEmpty();
  }
}
