package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.violation.ViolationReporting.Elements;
import org.policy321.violation.ViolationReporting.Vars;

/**
 * The notices of a discipline case are issued from its record, not from variables (§V.B due
 * process): a case moved to the notice of allegation before it was accepted, or to the notice of intent
 * or of finding before anyone found or decided anything, issues no notice and changes no record; the
 * step fails and waits with an incident.
 */
class ForgedNoticeTest extends ViolationTestSupport {

  @Test
  void aCaseUnderInvestigationMovedToTheNoticeOfIntentIssuesNothing_VB() {
    ProcessInstance instance = underInvestigation();

    Job notice = moveTo(instance, Elements.ISSUE_NOTICE_OF_INTENT);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId()))
        .hasMessageContaining("has no record that allows: a notice of intent");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.NOTICE_OF_INTENT)).isNull();
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
  }

  @Test
  void aCaseUnderInvestigationMovedToTheNoticeOfFindingStaysOpen_VB() {
    ProcessInstance instance = underInvestigation();

    Job notice = moveTo(instance, Elements.ISSUE_FINDING_NOTICE);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId()))
        .hasMessageContaining("has no record that allows: a notice of finding");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.FINDING_NOTICE)).isNull();
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.UNDER_INVESTIGATION);
    assertThat(correspondence(instance, CorrespondenceKind.DISPOSITION)).isEmpty();
  }

  @Test
  void aReportNotYetTriagedMovedToTheNoticeOfAllegationIssuesNothing_VB() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Lee", "Moran"), "internal-affairs", false));

    Job notice = moveTo(instance, Elements.ISSUE_NOTICE_OF_ALLEGATION);

    assertThatThrownBy(() -> engine.getManagementService().executeJob(notice.getId()))
        .hasMessageContaining("has no record that allows: a notice of allegation");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.ALLEGATION_NOTICE)).isNull();
    assertThat(caseOf(instance).allegationNoticedAt()).isNull();
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.RECEIVED);
  }

  private ProcessInstance underInvestigation() {
    String officer = newOfficer("Lee", "Moran");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    return instance;
  }

  /** What an operator's modification does: the case starts again before the step. */
  private Job moveTo(ProcessInstance instance, String step) {
    engine.getRuntimeService().createProcessInstanceModification(instance.getId()).startBeforeActivity(step).execute();
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(step)
        .singleResult();
  }
}
