package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.testing.PdfText;
import org.policy321.testing.SampleFiles;

/**
 * Refused input on a violation case (§V): each refusal names the problem, and the report, the case and
 * its tasks stay as they were.
 */
class ViolationBadInputTest extends ViolationTestSupport {

  private long reports() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ViolationReporting.PROCESS_KEY).count();
  }

  private void refusedReport(Map<String, Object> variables, String message) {
    long before = reports();
    assertThatThrownBy(() -> reportNamed("employee2", variables)).hasMessageContaining(message);
    assertThat(reports()).as("nothing started").isEqualTo(before);
  }

  @Test
  void reportWithoutWhatWasPostedOrClauseOrRouteIsRefused_VA() {
    Map<String, Object> noPost = report("employee", "internal-affairs", false);
    noPost.remove(Vars.WHAT_WAS_POSTED);
    refusedReport(noPost, "What was posted is required");
    Map<String, Object> unknownClause = report("employee", "internal-affairs", false);
    unknownClause.put(Vars.CLAUSES, "§IX.Z");
    refusedReport(unknownClause, "is not a clause of Policy 3.21");
    Map<String, Object> nowhere = report("employee", "hr", false);
    refusedReport(nowhere, "Send the report to Internal Affairs or to a supervisor");
  }

  @Test
  void disguisedAndOversizedEvidenceIsRefused_VA() {
    Map<String, Object> disguised = report("employee", "internal-affairs", false);
    disguised.put(Vars.EVIDENCE, SampleFiles.file("screenshot.png", "image/png", "<script>alert(1)</script>".getBytes()));
    refusedReport(disguised, "is not a PDF, PNG or JPEG file");
    Map<String, Object> oversized = report("employee", "internal-affairs", false);
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(SampleFiles.png(), 0, big, 0, SampleFiles.png().length);
    oversized.put(Vars.EVIDENCE, SampleFiles.file("huge.png", "image/png", big));
    refusedReport(oversized, "the limit is 10 MB");
  }

  @Test
  void acceptingAReportNeedsTheReasonThePolicyAppliesToIt_Scope() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Sam", "Carter"), "internal-affairs", false));
    assertThatThrownBy(() -> triage(instance, "ia", "accept", Map.of(Vars.POLICY_SCOPE, "")))
        .hasMessageContaining("say why Policy 3.21 applies to the posting");
    assertThatThrownBy(() -> triage(instance, "ia", "accept", Map.of(Vars.POLICY_SCOPE, "because-i-say-so")))
        .hasMessageContaining("is not one of the policy's scope conditions");
    assertThat(instance).isWaitingAt(Elements.TRIAGE_REPORT);
    assertThat(caseOf(instance).status()).as("unchanged").isEqualTo(CaseStatus.RECEIVED);
    assertThat(caseOf(instance).policyScope()).isNull();

    triage(instance, "ia", "accept", Map.of(Vars.POLICY_SCOPE, PolicyScope.DEPARTMENT_RESOURCES.value));
    assertThat(caseOf(instance).policyScope()).isEqualTo(PolicyScope.DEPARTMENT_RESOURCES);
  }

  @Test
  void triageCannotTurnAReportAgainstItsReporter_VC() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Sam", "Carter"), "internal-affairs", false));
    assertThatThrownBy(() -> triage(instance, "ia", "accept", Map.of(Vars.IDENTIFIED_SUBJECT, "employee2")))
        .hasMessageContaining("cannot be turned against its own reporter (§V.C protects reporting)");
    assertThat(instance).isWaitingAt(Elements.TRIAGE_REPORT);
    assertThat(caseOf(instance).subjectId()).as("unchanged").isNotEqualTo("employee2");
  }

  @Test
  void triageBySomeoneElseAndSecondCompletionAreRefused_VA() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Sam", "Carter"), "my-supervisor", false));
    Task triage = task(instance, Elements.TRIAGE_REPORT);
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(triage.getId(),
        Map.of(Vars.TRIAGE, "not-a-violation", Vars.TRIAGE_REASON, "mine now")))).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> triage(instance, "supervisor", "not-a-violation", Map.of()))
        .hasMessageContaining("The reason why this is not a violation is required");
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.RECEIVED);

    triage(instance, "supervisor", "accept", Map.of());
    assertThatThrownBy(() -> staff.as("supervisor", () -> engine.getTaskService().complete(triage.getId(), Map.of())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining(triage.getId());
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE);
  }

  @Test
  void duplicateOfAClosedCaseAndSustainedWithoutEmployeeAreRefused_VA_VB() {
    ProcessInstance closed = reportNamed("employee2", report(newOfficer("Sam", "Carter"), "internal-affairs", false));
    triage(closed, "ia", "not-a-violation", Map.of(Vars.TRIAGE_REASON, "Joke"));
    ProcessInstance instance = reportNamed("employee2", report("someone unknown", "internal-affairs", false));
    assertThatThrownBy(() -> triage(instance, "ia", "duplicate", Map.of(Vars.DUPLICATE_OF, caseOf(closed).caseNumber())))
        .hasMessageContaining("is not another open case");
    assertThatThrownBy(() -> triage(instance, "ia", "duplicate", Map.of(Vars.DUPLICATE_OF, "VR-1999-0001")))
        .hasMessageContaining("There is no case VR-1999-0001");

    triage(instance, "ia", "accept", Map.of());
    assertThatThrownBy(() -> findSustained(instance, "conduct", "minor"))
        .hasMessageContaining("A sustained finding needs the employee concerned");
    assertThat(caseOf(instance).finding()).isNull();
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE);
  }

  @Test
  void departingFromTheRecommendationNeedsAReason_VB() {
    String officer = newOfficer("Sam", "Carter");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    giveStatement(instance, officer, "I meant no harm.");
    findSustained(instance, "conduct", "minor");
    Task decide = task(instance, Elements.DECIDE_DISCIPLINE);
    assertThatThrownBy(() -> complete("chief", decide, Map.of(Vars.DISCIPLINE, "termination")))
        .hasMessageContaining("departs from the recommendation (Counseling); give the reason");
    assertThatThrownBy(() -> complete("designee", decide, Map.of(Vars.DISCIPLINE, "counseling")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(instance).isWaitingAt(Elements.DECIDE_DISCIPLINE);
    assertThat(caseOf(instance).discipline()).isNull();
  }

  @Test
  void scriptInTextIsKeptAsTextAndPrintedAsText_VA() {
    String officer = newOfficer("Sam", "Carter");
    Map<String, Object> variables = report(officer, "internal-affairs", false);
    variables.put(Vars.WHAT_WAS_POSTED, "<script>alert('x')</script> & <b>bold</b>");
    ProcessInstance instance = reportNamed("employee2", variables);
    assertThat(caseOf(instance).whatWasPosted()).isEqualTo("<script>alert('x')</script> & <b>bold</b>");
    triage(instance, "ia", "accept", Map.of());
    giveStatement(instance, officer, "It is satire.");
    investigate(instance, "finding", Map.of(Vars.FINDING, "exonerated"));
    runStep(instance, Elements.ISSUE_FINDING_NOTICE);
    FileValue notice = (FileValue) engine.getTaskService().getVariableTyped(partyTask(instance).getId(), Vars.FINDING_NOTICE);
    assertThat(PdfText.of(notice)).contains("<script>alert('x')</script> & <b>bold</b>");
  }

  @Test
  void invalidReceiptCodeAndAnswerWithoutQuestionAreRefused_VA() {
    List<String> receipt = new java.util.ArrayList<>();
    ProcessInstance instance = reportAnonymously(report("someone", "internal-affairs", false), receipt);
    String code = receipt.get(0);
    String wrongSecret = code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A");
    assertThatThrownBy(() -> anonymous.status(wrongSecret)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("This receipt code is not valid");
    assertThatThrownBy(() -> anonymous.status("nonsense")).hasMessageContaining("This receipt code is not valid");
    assertThatThrownBy(() -> anonymous.answer(code, "An answer nobody asked for"))
        .hasMessageContaining("There is no open question");
    assertThat(correspondence(instance, CorrespondenceKind.ANSWER)).isEmpty();
    assertThat(anonymous.status(code.toLowerCase().replace("-", " ")).caseNumber()).isEqualTo(caseOf(instance).caseNumber());
  }
}
