package org.policy321.violation;

import static org.policy321.violation.ViolationReporting.Vars;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.policy321.platform.forms.FormValues;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterReport (§V.A), in the reporter's own transaction: a refused report starts nothing.
 * The reporter is the signed-in user, read here and kept only in the case record — never a process
 * variable, which every party's task would show. From here on the start runs as nobody (§V.C): the
 * engine would otherwise name the reporter in the case's history (the operation log's "Create", the
 * assigner of the triage task). An anonymous report arrives with no signed-in user and a transient receipt.
 */
@Component("registerViolationReport")
class RegisterReportDelegate implements JavaDelegate {

  private final ReportRegistration registration;
  private final ViolationProperties properties;

  RegisterReportDelegate(ReportRegistration registration, ViolationProperties properties) {
    this.registration = registration;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    IdentityService identityService = execution.getProcessEngineServices().getIdentityService();
    Authentication signedIn = identityService.getCurrentAuthentication();
    SystemAuthority.restOfCommandAsNobody(identityService);
    String handle = FormValues.text(execution, Vars.RECEIPT_HANDLE);
    String referredBy = FormValues.text(execution, Vars.REFERRED_BY);
    String reporterId = handle != null || referredBy != null || signedIn == null ? null : signedIn.getUserId();
    ReportContent content = new ReportContent(
        FormValues.text(execution, Vars.SUBJECT),
        FormValues.text(execution, Vars.PLACE_AND_TIME),
        FormValues.text(execution, Vars.CLAUSES),
        FormValues.text(execution, Vars.WHAT_WAS_POSTED),
        FormValues.text(execution, Vars.EVIDENCE_URL),
        Upload.of(execution.<FileValue>getVariableTyped(Vars.EVIDENCE)),
        FormValues.flag(execution, Vars.ENDANGERS),
        FormValues.text(execution, Vars.ROUTE_TO));
    ViolationReport report = registration.register(execution.getProcessInstanceId(), reporterId,
        content.checked(properties.maxEvidenceBytes()), handle, FormValues.text(execution, Vars.RECEIPT_HASH),
        referredBy);
    execution.setProcessBusinessKey(report.caseNumber());
    execution.setVariable(Vars.REPORT_ID, report.id());
    execution.setVariable(Vars.CASE_NUMBER, report.caseNumber());
    // "No named reporter to ask": anonymous, or referred by another process.
    execution.setVariable(Vars.ANONYMOUS, report.reporterId() == null);
    execution.setVariable(Vars.SUBJECT_ID, report.subjectId());
    execution.setVariable(Vars.ENDANGERS, report.endangers());
    if (report.immediateActionDueAt() != null) {
      ViolationVariables.setTime(execution, Vars.IMMEDIATE_ACTION_DUE_AT, report.immediateActionDueAt());
    }
    execution.setVariable(Vars.RETALIATION_FLAG, report.retaliationFlag());
    execution.setVariable(Vars.SELF_REPORTED, report.selfReported());
    ReportRegistration.EarlyIntervention early = registration.earlyIntervention(report.subjectId());
    execution.setVariable(Vars.EARLY_INTERVENTION, early.reached());
    execution.setVariable(Vars.EARLY_INTERVENTION_REASON, early.reason());
  }
}
