package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.stereotype.Service;

/**
 * Opens a §V case that another process referred (an overdue or refused removal, §III.R): routed to
 * Internal Affairs, about the employee concerned, with the referring process instance instead of a
 * reporter. Started in the referring step's transaction but not as the user who happened to complete
 * that step (often the employee concerned, refusing): the case has no start user and no reporter.
 */
@Service
class ViolationReferrals {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ViolationReportRepository reports;

  ViolationReferrals(RuntimeService runtimeService, IdentityService identityService, ViolationReportRepository reports) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.reports = reports;
  }

  String open(String subjectId, String clauses, String summary, String approvalNumber, String referringInstanceId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.SUBJECT, subjectId);
    variables.put(Vars.PLACE_AND_TIME, "The posting under approval " + approvalNumber);
    variables.put(Vars.CLAUSES, clauses);
    variables.put(Vars.WHAT_WAS_POSTED, summary);
    variables.put(Vars.ENDANGERS, false);
    variables.put(Vars.ROUTE_TO, ViolationReporting.Routes.INTERNAL_AFFAIRS);
    variables.put(Vars.REFERRED_BY, Variables.stringValue(referringInstanceId, true));
    ProcessInstance instance = SystemAuthority.callAsNobody(identityService,
        () -> runtimeService.startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, variables));
    return reports.findByProcessInstanceId(instance.getId()).orElseThrow().caseNumber();
  }
}
