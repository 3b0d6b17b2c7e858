package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNoStatement: the statement deadline passed without an answer to the notice of allegation; the case
 * records that no statement was given, and the investigator sees it (§V.B).
 */
@Component("recordNoStatement")
class RecordNoStatementDelegate implements JavaDelegate {

  private final CaseInvestigation caseInvestigation;

  RecordNoStatementDelegate(CaseInvestigation caseInvestigation) {
    this.caseInvestigation = caseInvestigation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ViolationReport report = caseInvestigation.statementNotGiven(ViolationVariables.reportId(execution));
    execution.setVariable(Vars.STATEMENT_OUTCOME, report.statementOutcome().value());
  }
}
