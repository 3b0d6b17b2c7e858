package org.policy321.violation.anonymous;

import static org.policy321.violation.ViolationReporting.Vars;

import org.policy321.violation.ViolationReporting;
import org.policy321.violation.CaseInvestigation;
import org.policy321.violation.ViolationCases;
import org.policy321.violation.ViolationReport;
import org.policy321.violation.ViolationProperties;
import org.policy321.violation.ReportContent;
import org.policy321.violation.ReportCorrespondence;
import org.policy321.violation.PolicyClause;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.forms.UploadCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous reports (§V.A) and what their senders may do later with the receipt code: read the
 * status and the notices, and answer the investigator's questions. Nothing here knows who the sender
 * is, and nothing is passed on that could tell: the report is started with nobody signed in to the
 * engine (no start user, no operation log, no identity link), and the evidence file loses its name.
 */
@Service
public class AnonymousReports {

  private static final String INVALID_CODE = "This receipt code is not valid. Check it and try again "
      + "(it looks like ABCD-EFGH-JKLM-NPQR-STUV-WXYZ).";

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final ViolationCases cases;
  private final CaseInvestigation caseInvestigation;
  private final ReceiptCodes codes;
  private final ViolationProperties properties;

  AnonymousReports(RuntimeService runtimeService, IdentityService identityService, ViolationCases cases, CaseInvestigation caseInvestigation,
      ReceiptCodes codes, ViolationProperties properties) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.cases = cases;
    this.caseInvestigation = caseInvestigation;
    this.codes = codes;
    this.properties = properties;
  }

  /** The case number and the receipt code, shown to the sender once. */
  public record Submitted(String caseNumber, String receiptCode) {}

  /** What the sender reads with the code. */
  public record Status(String caseNumber, String status, List<ReportCorrespondence> correspondence,
      boolean questionOpen) {}

  @Transactional
  public Submitted submit(ReportContent content) {
    ReportContent.Checked report = content.checked(properties.maxEvidenceBytes());
    ReceiptCodes.Issued receipt = codes.issue();
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.SUBJECT, report.subject());
    variables.put(Vars.PLACE_AND_TIME, report.placeAndTime());
    variables.put(Vars.CLAUSES, PolicyClause.codes(report.clauses()));
    variables.put(Vars.WHAT_WAS_POSTED, report.whatWasPosted());
    variables.put(Vars.EVIDENCE_URL, report.evidenceUrl());
    variables.put(Vars.ENDANGERS, report.endangers());
    variables.put(Vars.ROUTE_TO, report.routeTo());
    if (report.evidence() != null) {
      UploadCheck.Kind kind = UploadCheck.check("The evidence file", report.evidence(), properties.maxEvidenceBytes());
      // The sender's own file name may name them or their device.
      variables.put(Vars.EVIDENCE, Variables.fileValue(kind.fileName("evidence"))
          .file(report.evidence().content()).mimeType(kind.mimeType).create());
    }
    // Transient: reaches the register delegate in this transaction and is never written to the engine.
    variables.put(Vars.RECEIPT_HANDLE, Variables.stringValue(receipt.handle(), true));
    variables.put(Vars.RECEIPT_HASH, Variables.stringValue(receipt.secretHash(), true));
    identityService.clearAuthentication();
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, variables);
    ViolationReport registered = cases.ofProcessInstance(instance.getId()).orElseThrow();
    return new Submitted(registered.caseNumber(), receipt.code());
  }

  public Status status(String receiptCode) {
    ViolationReport report = verified(receiptCode);
    return new Status(report.caseNumber(), report.status().description, report.correspondence(),
        waitingForAnswer(report));
  }

  /** The anonymous reporter answers the investigator's open question. */
  @Transactional
  public void answer(String receiptCode, String answer) {
    ViolationReport report = verified(receiptCode);
    if (!waitingForAnswer(report)) {
      throw new InvalidInputException("There is no open question on this report; nothing was recorded.");
    }
    caseInvestigation.recordAnswer(report.id(), answer);
    try {
      runtimeService.createMessageCorrelation(ViolationReporting.MESSAGE_REPORTER_ANSWERED)
          .processInstanceId(report.processInstanceId()).setVariable(Vars.ANSWER, answer).correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new InvalidInputException("The question was closed meanwhile; nothing was recorded.");
    }
  }

  private boolean waitingForAnswer(ViolationReport report) {
    return runtimeService.createExecutionQuery().processInstanceId(report.processInstanceId())
        .messageEventSubscriptionName(ViolationReporting.MESSAGE_REPORTER_ANSWERED).count() > 0;
  }

  private ViolationReport verified(String receiptCode) {
    ViolationReport report = codes.handleOf(receiptCode).flatMap(cases::byReceiptHandle).orElse(null);
    if (!codes.matches(receiptCode, report == null ? null : report.receiptHash())) {
      throw new InvalidInputException(INVALID_CODE);
    }
    return report;
  }
}
