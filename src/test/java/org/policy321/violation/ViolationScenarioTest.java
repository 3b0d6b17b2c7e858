package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.policy321.testing.PdfText;

/** Paths through bpmn/violation-report.bpmn from report to a finding that closes the case (§V.A–§V.C). */
class ViolationScenarioTest extends ViolationTestSupport {

  @Test
  void namedReportToInternalAffairsFoundUnfounded_VA_VB() {
    ProcessInstance instance = reportNamed("employee2", report("employee", "internal-affairs", false));

    ViolationReport received = caseOf(instance);
    assertThat(received.caseNumber()).matches("VR-\\d{4}-\\d{4}");
    assertThat(instance.getBusinessKey()).isEqualTo(received.caseNumber());
    assertThat(received.reporterId()).isEqualTo("employee2");
    assertThat(received.subjectId()).isEqualTo("employee");
    assertThat(correspondence(instance, CorrespondenceKind.RECEIPT)).singleElement().asString()
        .contains(received.caseNumber(), "Internal Affairs");
    assertThat(instance).hasPassed("EndEvent_BelowThreshold");
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("reporterId")
        .doesNotContainValue("employee2");

    triage(instance, "ia", "accept", Map.of());
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE).hasNotPassed(Elements.TAKE_IMMEDIATE_ACTION);
    investigate(instance, "finding", Map.of(Vars.FINDING, "unfounded", Vars.INVESTIGATION_NOTES, "No such post"));
    assertThat(correspondence(instance, CorrespondenceKind.STATUS)).anyMatch(t -> t.contains("investigator"));

    execute(job());
    Task notice = partyTask(instance);
    assertThat(notice.getAssignee()).isEqualTo("employee");
    assertThat(notice.getName()).isEqualTo("Read the notice of finding — case " + received.caseNumber());
    FileValue pdf = (FileValue) engine.getTaskService().getVariableTyped(notice.getId(), Vars.FINDING_NOTICE);
    assertThat(PdfText.of(pdf)).contains("Notice of finding", received.caseNumber(), "Unfounded", "Officer Jordan Reyes")
        .doesNotContain("Priya", "Shah", "employee2");
    assertThat(engine.getTaskService().getVariables(notice.getId())).doesNotContainKeys(Vars.INVESTIGATION_NOTES,
        Vars.WHAT_WAS_POSTED, Vars.EVIDENCE_URL);
    complete("employee", notice, Map.of());

    assertThat(instance).isEnded().hasPassed(Elements.CLOSED_WITHOUT_DISCIPLINE);
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(correspondence(instance, CorrespondenceKind.DISPOSITION)).singleElement().asString().contains("Unfounded");
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee("employee2").list())
        .extracting(Task::getName).allMatch(name -> name.equals("Notice about your report " + received.caseNumber()))
        .hasSize(4);
  }

  @Test
  void anonymousReportViaSupervisorHandedToInternalAffairsClosedAsNotAViolation_VA() {
    List<String> receipt = new ArrayList<>();
    ProcessInstance instance = reportAnonymously(report("nobody we know", "supervisor", false), receipt);
    ViolationReport received = caseOf(instance);
    assertThat(received.anonymous()).isTrue();
    assertThat(received.subjectId()).isNull();
    assertThat(received.reporterId()).isNull();

    assertThat(task(instance, Elements.TRIAGE_REPORT).getAssignee()).isEqualTo("supervisor");
    triage(instance, "supervisor", "hand-off", Map.of());
    Task atInternalAffairs = task(instance, Elements.TRIAGE_REPORT);
    assertThat(atInternalAffairs.getAssignee()).isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(atInternalAffairs.getId())
        .taskCandidateGroup("internal-affairs").count()).isOne();
    triage(instance, "ia", "not-a-violation", Map.of(Vars.TRIAGE_REASON, "The post is a private joke between friends"));

    assertThat(instance).isEnded().hasPassed(Elements.NOT_A_VIOLATION);
    AnonymousReports.Status status = anonymous.status(receipt.get(0));
    assertThat(status.status()).isEqualTo(CaseStatus.NOT_A_VIOLATION.description);
    assertThat(status.correspondence()).extracting(ReportCorrespondence::text)
        .anyMatch(t -> t.contains("handed to Internal Affairs"))
        .anyMatch(t -> t.contains("private joke"));
  }
}
