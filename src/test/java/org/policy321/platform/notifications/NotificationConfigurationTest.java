package org.policy321.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which beans exist with notifications off and on, with and without an SMTP server configured. */
class NotificationConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withUserConfiguration(EngineServices.class, NotificationConfiguration.class);

  @Test
  void offByDefaultAndThenNeedsNoMailServer() {
    runner.run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(TaskNotifications.class).doesNotHaveBean(NotificationMailer.class);
      assertThat(context.getBean(NotificationProperties.class).enabled()).isFalse();
    });
  }

  @Test
  void enabledWithoutMailServerRefusesToStartAndSaysWhatIsMissing() {
    runner.withPropertyValues("policy.notifications.enabled=true", "policy.notifications.from=noreply@department.example")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("policy.notifications.enabled is true")
            .hasMessageContaining("spring.mail.host"));
  }

  @Test
  void enabledWithMailServerListensToTasks() {
    runner.withPropertyValues("policy.notifications.enabled=true", "policy.notifications.from=noreply@department.example",
            "spring.mail.host=127.0.0.1")
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(TaskNotifications.class));
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(NotificationProperties.class)
  static class EngineServices {

    @Bean
    IdentityService identityService() {
      return mock(IdentityService.class);
    }

    @Bean
    TaskService taskService() {
      return mock(TaskService.class);
    }

    @Bean
    RepositoryService repositoryService() {
      return mock(RepositoryService.class);
    }
  }
}
