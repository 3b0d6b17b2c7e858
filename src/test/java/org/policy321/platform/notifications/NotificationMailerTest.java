package org.policy321.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

/** Sending never holds up the caller, and a failure is logged without the mail's text. */
class NotificationMailerTest {

  private static final TaskMail FIRST = new TaskMail("t-1", "chief@department.example", "Task waiting: Decide on memo", "secret text one");
  private static final TaskMail SECOND = new TaskMail("t-2", "designee@department.example", "Task waiting: Decide on memo", "text two");

  @Test
  void slowMailServerDoesNotHoldUpTheCaller() throws InterruptedException {
    CountDownLatch serverAnswers = new CountDownLatch(1);
    List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
    NotificationMailer mailer = new NotificationMailer(sender(message -> {
      waitFor(serverAnswers);
      sent.add(message);
    }), "tasklist@department.example");
    try {
      long start = System.nanoTime();
      mailer.sendLater(List.of(FIRST, SECOND));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
      assertThat(sent).isEmpty();

      serverAnswers.countDown();
      await().atMost(Duration.ofSeconds(10)).until(() -> sent.size() == 2);
      assertThat(sent).extracting(message -> message.getTo()[0])
          .containsExactly("chief@department.example", "designee@department.example");
      assertThat(sent.get(0).getFrom()).isEqualTo("tasklist@department.example");
    } finally {
      serverAnswers.countDown();
      mailer.destroy();
    }
  }

  @Test
  void failedMailIsLoggedWithoutItsTextAndTheNextOneStillGoes() {
    List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
    NotificationMailer mailer = new NotificationMailer(sender(message -> {
      if (message.getTo()[0].startsWith("chief")) {
        throw new MailSendException("Mail server connection failed", new java.net.ConnectException("Connection refused"));
      }
      sent.add(message);
    }), "tasklist@department.example");
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger mailerLog = (Logger) LoggerFactory.getLogger(NotificationMailer.class);
    log.start();
    mailerLog.addAppender(log);
    try {
      mailer.sendLater(List.of(FIRST, SECOND));
      await().atMost(Duration.ofSeconds(10)).until(() -> sent.size() == 1);

      assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
          .contains("t-1", "chief@department.example", "Connection refused")
          .doesNotContain("secret text one");
    } finally {
      mailerLog.detachAppender(log);
      mailer.destroy();
    }
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  interface Server {
    void receive(SimpleMailMessage message);
  }

  /** A JavaMailSender that hands plain messages to the given server; the MIME methods are not used. */
  private static JavaMailSender sender(Server server) {
    return new JavaMailSender() {
      @Override
      public void send(SimpleMailMessage... messages) {
        for (SimpleMailMessage message : messages) {
          server.receive(message);
        }
      }

      @Override
      public MimeMessage createMimeMessage() {
        throw new UnsupportedOperationException();
      }

      @Override
      public MimeMessage createMimeMessage(InputStream contentStream) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void send(MimeMessage... mimeMessages) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void send(MimeMessagePreparator... mimeMessagePreparators) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
