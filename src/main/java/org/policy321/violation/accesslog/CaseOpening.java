package org.policy321.violation.accesslog;

import org.policy321.violation.ViolationReport;

/** One opening of a violation case, before we know who: the case (number, process instance), what was opened. */
record CaseOpening(String caseNumber, String processInstanceId, CaseAccessAction action, String detail) {

  static CaseOpening of(ViolationReport report, CaseAccessAction action, String detail) {
    return new CaseOpening(report.caseNumber(), report.processInstanceId(), action, detail);
  }
}
