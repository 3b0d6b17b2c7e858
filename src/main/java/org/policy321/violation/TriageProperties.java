package org.policy321.violation;

import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * §V.A "immediately": how long triage may take, when its holder is reminded, and who it escalates to
 * ({@code policy.violation.triage.*}). Durations run from the moment the triage task is created.
 *
 * @param escalateFromSupervisor the group a supervisor's overdue triage is escalated to (Internal Affairs' lead).
 *     A group's overdue triage goes to whoever decides in the case: the Chief, or the outside authority.
 */
@ConfigurationProperties("policy.violation.triage")
public record TriageProperties(String deadline, String reminderAfter, String escalateFromSupervisor) {

  public TriageProperties {
    IsoDurations.require("policy.violation.triage.deadline", deadline);
    IsoDurations.require("policy.violation.triage.reminder-after", reminderAfter);
  }
}
