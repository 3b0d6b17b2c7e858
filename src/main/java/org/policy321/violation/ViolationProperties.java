package org.policy321.violation;

import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * §V deadlines, windows and thresholds from {@code policy.violation.*} (application.yaml), so a
 * department changes them without code: durations and windows are ISO-8601 (PT4H, P30D, P24M).
 */
@ConfigurationProperties("policy.violation")
public record ViolationProperties(
    String immediateActionDeadline,
    String investigationDeadline,
    String questionDeadline,
    String responseDeadline,
    String disciplineHistoryWindow,
    long maxEvidenceBytes,
    EarlyIntervention earlyIntervention) {

  public ViolationProperties {
    IsoDurations.require("policy.violation.immediate-action-deadline", immediateActionDeadline);
    IsoDurations.require("policy.violation.investigation-deadline", investigationDeadline);
    IsoDurations.require("policy.violation.question-deadline", questionDeadline);
    IsoDurations.require("policy.violation.response-deadline", responseDeadline);
    IsoDurations.require("policy.violation.discipline-history-window", disciplineHistoryWindow);
    IsoDurations.require("policy.violation.early-intervention.window", earlyIntervention.window());
  }

  /** Internal Affairs reviews an employee who reaches either count within the window. */
  public record EarlyIntervention(int reports, int sustained, String window) {}
}
