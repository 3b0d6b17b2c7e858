package org.policy321.platform.notifications;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail notifications exist only with {@code policy.notifications.enabled: true}. Otherwise none
 * of these beans is made and no mail sender is asked for, so the application runs without any
 * SMTP settings.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "policy.notifications", name = "enabled", havingValue = "true")
class NotificationConfiguration {

  @Bean
  NotificationMailer notificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      // Spring Boot makes the sender only when spring.mail.host is set: say so, not "no bean found".
      throw new IllegalStateException("policy.notifications.enabled is true but no SMTP server is configured:"
          + " set spring.mail.host (and spring.mail.port, spring.mail.username, spring.mail.password as needed)");
    }
    return new NotificationMailer(sender, properties.from());
  }

  @Bean
  TaskNotifications taskNotifications(NotificationProperties properties, NotificationMailer mailer,
      IdentityService identityService, TaskService taskService, RepositoryService repositoryService) {
    return new TaskNotifications(new Recipients(identityService), new TaskMessages(properties),
        new MailOutbox(mailer), identityService, taskService, repositoryService);
  }
}
