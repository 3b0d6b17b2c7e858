package org.policy321.violation;

import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * §V.A "immediately": how long triage may take, when its holder is reminded, and who it escalates to
 * ({@code policy.violation.triage.*}). Durations run from the moment the triage task is created.
 *
 * @param escalateFromSupervisor the group a supervisor's overdue triage is escalated to (Internal Affairs' lead)
 * @param escalateFromInternalAffairs the group Internal Affairs' overdue triage is escalated to (the Chief)
 */
@ConfigurationProperties("policy.violation.triage")
public record TriageProperties(String deadline, String reminderAfter, String escalateFromSupervisor,
    String escalateFromInternalAffairs) {

  public TriageProperties {
    IsoDurations.require("policy.violation.triage.deadline", deadline);
    IsoDurations.require("policy.violation.triage.reminder-after", reminderAfter);
  }
}
