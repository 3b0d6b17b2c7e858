package org.policy321.violation;

import org.policy321.platform.config.IsoDurations;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * §V deadlines, windows and thresholds from {@code policy.violation.*} (application.yaml), so a
 * department changes them without code: durations and windows are ISO-8601 (PT4H, P30D, P24M).
 * {@code outside-authority-group} is the group outside the department (the policy is approved by the
 * Board of Mayor and Aldermen) that works a case about the Chief of Police (see CaseConflicts).
 */
@ConfigurationProperties("policy.violation")
public record ViolationProperties(
    String immediateActionDeadline,
    String takeDownDeadline,
    String investigationDeadline,
    String questionDeadline,
    String responseDeadline,
    String statementDeadline,
    String disciplineHistoryWindow,
    long maxEvidenceBytes,
    EarlyIntervention earlyIntervention,
    String outsideAuthorityGroup,
    Triage triage,
    Notice notice) {

  public ViolationProperties {
    IsoDurations.require("policy.violation.immediate-action-deadline", immediateActionDeadline);
    IsoDurations.require("policy.violation.take-down-deadline", takeDownDeadline);
    IsoDurations.require("policy.violation.investigation-deadline", investigationDeadline);
    IsoDurations.require("policy.violation.question-deadline", questionDeadline);
    IsoDurations.require("policy.violation.response-deadline", responseDeadline);
    IsoDurations.require("policy.violation.statement-deadline", statementDeadline);
    IsoDurations.require("policy.violation.discipline-history-window", disciplineHistoryWindow);
    IsoDurations.require("policy.violation.early-intervention.window", earlyIntervention.window());
    IsoDurations.require("policy.violation.triage.deadline", triage.deadline());
    IsoDurations.require("policy.violation.triage.reminder-after", triage.reminderAfter());
    IsoDurations.require("policy.violation.notice.acknowledgement-deadline", notice.acknowledgementDeadline());
    if (outsideAuthorityGroup == null || !outsideAuthorityGroup.matches("[a-z][a-z0-9-]{1,63}")) {
      throw new IllegalArgumentException("policy.violation.outside-authority-group must name the group (lower case, "
          + "letters, digits and hyphens) that works a case about the Chief of Police, e.g. city-authority; it is \""
          + outsideAuthorityGroup + "\".");
    }
  }

  /** Internal Affairs reviews an employee who reaches either count within the window. */
  public record EarlyIntervention(int reports, int sustained, String window) {}

  /**
   * §V.A "immediately": triage is due {@code deadline} after the report reaches its holder, who is reminded
   * after {@code reminderAfter}; a supervisor's overdue triage is also offered to {@code escalateFromSupervisor}
   * (Internal Affairs' lead), a group's to whoever decides in the case (CaseConflicts).
   */
  public record Triage(String deadline, String reminderAfter, String escalateFromSupervisor) {}

  /** §V.B: how long the employee concerned has to acknowledge a notice of finding or of discipline. */
  public record Notice(String acknowledgementDeadline) {}
}
