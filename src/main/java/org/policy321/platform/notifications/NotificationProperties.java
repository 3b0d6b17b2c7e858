package org.policy321.platform.notifications;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail notifications, from {@code policy.notifications.*}: whether they are sent, the sender
 * address, where Tasklist is (the mails link to the task there) and which processes are
 * confidential, whose mails say only that a task is waiting. The SMTP server is Spring Boot's
 * {@code spring.mail.*}.
 */
@ConfigurationProperties("policy.notifications")
public record NotificationProperties(
    boolean enabled, String from, String tasklistUrl, List<String> confidentialProcessKeys) {

  public static final String DEFAULT_TASKLIST_URL = "http://localhost:8080/camunda/app/tasklist/default/";

  public NotificationProperties {
    confidentialProcessKeys = confidentialProcessKeys == null ? List.of() : List.copyOf(confidentialProcessKeys);
    tasklistUrl = tasklistUrl == null || tasklistUrl.isBlank() ? DEFAULT_TASKLIST_URL : tasklistUrl.strip();
    if (!tasklistUrl.endsWith("/")) {
      tasklistUrl = tasklistUrl + "/";
    }
    // Checked only when mail is sent, so a disabled feature never stops the application.
    if (enabled) {
      if (from == null || from.isBlank()) {
        throw new IllegalArgumentException("policy.notifications.from must be the sender address of the e-mails");
      }
      requireWebAddress(tasklistUrl);
    }
  }

  /** Tasklist opens this address on the task itself (after signing in, if need be). */
  public String taskLink(String taskId) {
    return tasklistUrl + "#/?task=" + taskId;
  }

  public boolean isConfidential(String processDefinitionKey) {
    return processDefinitionKey != null && confidentialProcessKeys.contains(processDefinitionKey);
  }

  private static void requireWebAddress(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null || !uri.isAbsolute() || !List.of("http", "https").contains(uri.getScheme())) {
      throw new IllegalArgumentException("policy.notifications.tasklist-url must be the http(s) address of Tasklist,"
          + " such as " + DEFAULT_TASKLIST_URL + ", not '" + url + "'");
    }
  }
}
