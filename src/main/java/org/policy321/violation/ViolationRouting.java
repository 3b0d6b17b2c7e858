package org.policy321.violation;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works a step, read from the case record by expressions in the diagram
 * ({@code ${violationRouting.triageAssignee(execution)}}), so that no identity sits in a variable.
 */
@Component("violationRouting")
public class ViolationRouting {

  private final ViolationCases cases;
  private final CaseConflicts conflicts;

  ViolationRouting(ViolationCases cases, CaseConflicts conflicts) {
    this.cases = cases;
    this.conflicts = conflicts;
  }

  /** The supervisor the report was sent to, or nobody when a group triages it. */
  public String triageAssignee(DelegateExecution execution) {
    return conflicts.triageAssignee(report(execution));
  }

  /**
   * Internal Affairs; the Chief's group for a report about a member of Internal Affairs; the outside
   * authority for one about the Chief (CaseConflicts). The same for the investigation and the review.
   */
  public List<String> triageGroups(DelegateExecution execution) {
    return conflicts.groups(CaseConflicts.Step.TRIAGE, report(execution));
  }

  public List<String> investigationGroups(DelegateExecution execution) {
    return conflicts.groups(CaseConflicts.Step.INVESTIGATION, report(execution));
  }

  public List<String> earlyInterventionGroups(DelegateExecution execution) {
    return conflicts.groups(CaseConflicts.Step.EARLY_INTERVENTION, report(execution));
  }

  /** The Chief and designees; designees and the outside authority when the Chief is a party. */
  public List<String> immediateActionGroups(DelegateExecution execution) {
    return conflicts.groups(CaseConflicts.Step.IMMEDIATE_ACTION, report(execution));
  }

  /** Extension, discipline and final discipline: the Chief, or the outside authority when the Chief is a party. */
  public List<String> decisionGroups(DelegateExecution execution) {
    return conflicts.groups(CaseConflicts.Step.DISCIPLINE, report(execution));
  }

  /** The named reporter (assignee of their notices and questions in violation-reporter-task), never a variable. */
  public String reporter(DelegateExecution execution) {
    return report(execution).reporterId();
  }

  private ViolationReport report(DelegateExecution execution) {
    return cases.get(ViolationVariables.reportId(execution));
  }
}
