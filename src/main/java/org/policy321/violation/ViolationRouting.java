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

  ViolationRouting(ViolationCases cases) {
    this.cases = cases;
  }

  /** The supervisor the report was sent to, or nobody when it is with Internal Affairs. */
  public String triageAssignee(DelegateExecution execution) {
    String routedTo = report(execution).routedTo();
    return ViolationReporting.Routes.INTERNAL_AFFAIRS.equals(routedTo) ? null : routedTo;
  }

  public List<String> triageGroups(DelegateExecution execution) {
    return triageAssignee(execution) == null ? List.of(ViolationReporting.Routes.INTERNAL_AFFAIRS) : List.of();
  }

  /** The named reporter (assignee of their notices and questions in violation-reporter-task), never a variable. */
  public String reporter(DelegateExecution execution) {
    return report(execution).reporterId();
  }

  private ViolationReport report(DelegateExecution execution) {
    return cases.get(ViolationVariables.reportId(execution));
  }
}
