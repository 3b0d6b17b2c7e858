package org.policy321.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.testing.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application (job executor off) with Spring Boot's mail sender pointed at GreenMail, an
 * SMTP server inside the test JVM. Subclasses say whether notifications are on.
 *
 * <p>Mails go out on the mailer's own thread, one after the other. {@link #settle()} sends a marker
 * mail behind whatever is queued and waits for it: every mail caused before has then arrived (or
 * failed), so "nothing was sent" is a fact and not a matter of waiting long enough.
 */
@SpringBootTest
@ActiveProfiles("test")
abstract class NotificationTestSupport {

  /** One port for the JVM, so every context of these tests finds the server, also after a restart. */
  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static final GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
          .withPerMethodLifecycle(false);

  static final String MARKER = "marker@test.example";
  static final String PROPOSED_USAGE = "A photograph of me in uniform beside a marked unit on my recruiting blog";
  static final String PURPOSE = "Encourage young people in the city to apply to the police academy";
  static final String URL = "https://blog.example.org/join";
  static final String PLATFORM = "Personal blog";
  static final String POSTING_UNTIL = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(2).toString();
  /** What the memo says and who sent it: none of it may appear in a mail. */
  static final List<String> CASE_CONTENT =
      List.of(PROPOSED_USAGE, PURPOSE, URL, PLATFORM, POSTING_UNTIL, "Jordan", "Reyes", "uniform");

  @Autowired ProcessEngine engine;
  @Autowired ApplicationContext context;
  Staff staff;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @BeforeEach
  void startClean() throws FolderException {
    staff = new Staff(engine.getIdentityService());
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** An e-mail as received (SMTP does not keep the text's final line break). */
  record Mail(String from, String to, String subject, String text) {}

  /** The employee sends a memo: the request registers and the memo job waits. */
  ProcessInstance sendMemo() {
    Map<String, Object> memo = new HashMap<>();
    memo.put(Vars.PROPOSED_USAGE, PROPOSED_USAGE);
    memo.put(Vars.PURPOSE, PURPOSE);
    memo.put(Vars.DEPICTIONS, "uniform,marked-unit");
    memo.put(Vars.PLATFORM, PLATFORM);
    memo.put(Vars.URL, URL);
    memo.put(Vars.POSTING_UNTIL, POSTING_UNTIL);
    return staff.as("employee",
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, memo));
  }

  /** The memo job runs, as the job executor would (nobody signed in): the decision task is created. */
  void generateMemo(ProcessInstance instance) {
    executeJob(instance, Elements.GENERATE_MEMO);
  }

  /** The decision has waited past its deadline: the engine's clock moves on and the timer fires. */
  void letDecisionBecomeOverdue(ProcessInstance instance) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(5).plusMinutes(1))));
    executeJob(instance, Elements.DECISION_OVERDUE);
  }

  void executeJob(ProcessInstance instance, String activityId) {
    Job job = engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).activityId(activityId).singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    engine.getManagementService().executeJob(job.getId());
  }

  Task task(ProcessInstance instance, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  String link(Task task) {
    return "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId();
  }

  /**
   * Waits until every mail caused so far has been dealt with, and returns (and forgets) those that
   * arrived, in the order sent.
   */
  List<Mail> settle() {
    int before = smtp.getReceivedMessages().length;
    context.getBean(NotificationMailer.class)
        .sendLater(List.of(new TaskMail("marker", MARKER, "marker", "marker")));
    List<Mail> received = new ArrayList<>();
    boolean markerArrived = false;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!markerArrived && System.nanoTime() < deadline) {
      smtp.waitForIncomingEmail(1000, before + 1);
      received = Arrays.stream(smtp.getReceivedMessages()).map(NotificationTestSupport::read).toList();
      markerArrived = received.stream().anyMatch(mail -> mail.to().equals(MARKER));
    }
    assertThat(markerArrived).as("the mailer got through its queue").isTrue();
    try {
      smtp.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
    return received.stream().filter(mail -> !mail.to().equals(MARKER)).toList();
  }

  static Mail read(MimeMessage message) {
    try {
      return new Mail(((InternetAddress) message.getFrom()[0]).getAddress(),
          ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress(),
          message.getSubject(), ((String) message.getContent()).replace("\r\n", "\n").stripTrailing());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
