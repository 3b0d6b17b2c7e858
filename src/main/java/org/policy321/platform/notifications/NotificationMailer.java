package org.policy321.platform.notifications;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Sends notification mails on a thread of its own, one after the other, so a slow or absent SMTP
 * server never holds up the Tasklist request or job that caused the mail. A mail that cannot be
 * sent is logged (task id, recipient and the error; never the text) and dropped: a notification is
 * a courtesy, the task itself waits in Tasklist either way.
 */
final class NotificationMailer implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);
  /** Mails waiting for the SMTP server; beyond this, new ones are dropped (and logged). */
  static final int QUEUE_CAPACITY = 1000;

  private final JavaMailSender sender;
  private final String from;
  private final ThreadPoolTaskExecutor worker;

  NotificationMailer(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
    // Not a Spring bean: an Executor bean would replace Spring Boot's applicationTaskExecutor.
    this.worker = new ThreadPoolTaskExecutor();
    worker.setCorePoolSize(1);
    worker.setMaxPoolSize(1);
    worker.setQueueCapacity(QUEUE_CAPACITY);
    worker.setThreadNamePrefix("notification-mail-");
    worker.setWaitForTasksToCompleteOnShutdown(true);
    worker.setAwaitTerminationSeconds(10);
    worker.initialize();
  }

  void sendLater(List<TaskMail> mails) {
    for (TaskMail mail : mails) {
      try {
        worker.execute(() -> send(mail));
      } catch (TaskRejectedException e) {
        LOG.warn("Notification for task {} to {} dropped: {} mails already wait for the SMTP server",
            mail.taskId(), mail.to(), QUEUE_CAPACITY);
      }
    }
  }

  private void send(TaskMail mail) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(mail.to());
    message.setSubject(mail.subject());
    message.setText(mail.text());
    try {
      sender.send(message);
      LOG.debug("Notification for task {} sent to {}", mail.taskId(), mail.to());
    } catch (RuntimeException e) {
      // The most specific cause says what went wrong (refused, timed out, unknown host); the
      // message object, which would print the text, is not logged.
      Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
      LOG.warn("Notification for task {} to {} not sent: {}: {}",
          mail.taskId(), mail.to(), cause.getClass().getSimpleName(), cause.getMessage());
    }
  }

  @Override
  public void destroy() {
    worker.shutdown();
  }
}
