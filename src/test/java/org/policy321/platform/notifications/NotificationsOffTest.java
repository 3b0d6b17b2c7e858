package org.policy321.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Notifications are off unless switched on: even with an SMTP server configured (here GreenMail),
 * nothing listens to task events and nothing is sent. That the application starts without any
 * SMTP settings at all, every other test context shows (none has spring.mail.host).
 */
class NotificationsOffTest extends NotificationTestSupport {

  @Test
  void withNotificationsOffNothingIsSentEvenWithAMailServerConfigured() {
    assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).as("Spring Boot's mail sender").isNotNull();
    assertThat(context.getBeanProvider(TaskNotifications.class).getIfAvailable()).isNull();
    assertThat(context.getBeanProvider(NotificationMailer.class).getIfAvailable()).isNull();

    ProcessInstance instance = sendMemo();
    generateMemo(instance);
    letDecisionBecomeOverdue(instance);

    // No mailer exists, so nothing can still be on its way.
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
