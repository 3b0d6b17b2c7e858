package org.policy321.violation;

import java.util.Locale;
import java.util.Optional;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.ApiCaller;
import org.policy321.platform.identity.Roster;
import org.springframework.stereotype.Component;

/**
 * Who reads a violation case through {@code /api} (§V "Who sees what"): Internal Affairs and the Chief of
 * Police, and the outside authority the cases routed to it — its record, its evidence and the reports merged
 * into it. One rule for every endpoint that shows a case, so that none shows more than another.
 */
@Component
class CaseReaders {

  private static final String NOT_A_READER = "Only Internal Affairs and the Chief of Police see violation cases (§V).";

  private final ViolationReportRepository reports;
  private final ApiCaller apiCaller;
  private final Roster roster;
  private final CaseConflicts conflicts;

  CaseReaders(ViolationReportRepository reports, ApiCaller apiCaller, Roster roster,
      CaseConflicts conflicts) {
    this.reports = reports;
    this.apiCaller = apiCaller;
    this.roster = roster;
    this.conflicts = conflicts;
  }


  /** The signed-in caller of {@code /api}. */
  String caller() {
    return apiCaller.userId();
  }

  /** The case, for one of its readers; else refused with a sentence saying who reads it. */
  ViolationReport open(String caller, String caseNumber) {
    boolean reader = roster.belongsTo(caller, Groups.INTERNAL_AFFAIRS, Groups.CHIEF, conflicts.outsideAuthority());
    if (!reader) {
      throw CaseRefusal.notPermitted(NOT_A_READER);
    }
    ViolationReport report = find(caseNumber).orElseThrow(() -> CaseRefusal.noSuchCase(caseNumber));
    refusal(caller, report).ifPresent(reason -> {
      throw CaseRefusal.notPermitted(reason);
    });
    return report;
  }

  /** Why the caller may not open this case, in a sentence for them; empty when they may. */
  Optional<String> refusal(String caller, ViolationReport report) {
    boolean department = roster.belongsTo(caller, Groups.INTERNAL_AFFAIRS, Groups.CHIEF);
    if (!department && !roster.belongsTo(caller, conflicts.outsideAuthority())) {
      return Optional.of(NOT_A_READER);
    }
    // Conflicts of interest: a member of Internal Affairs or the Chief never opens a case about themselves
    // (it names who reported them, §V.C); the outside authority opens only the cases it decides.
    if (caller.equals(report.subjectId())) {
      return Optional.of("This case concerns you: you cannot open its record (§V.C).");
    }
    if (!department && !conflicts.groups(CaseConflicts.Step.DISCIPLINE, report).contains(conflicts.outsideAuthority())) {
      return Optional.of("The outside authority sees only the cases routed to it.");
    }
    return Optional.empty();
  }

  /** The case by its number as a person types it (any case, surrounding spaces). */
  Optional<ViolationReport> find(String caseNumber) {
    return reports.findByCaseNumber(caseNumber.strip().toUpperCase(Locale.ROOT));
  }
}
