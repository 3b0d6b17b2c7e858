package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.training.SocialMediaTraining;

/** A discipline of referral for training (§V.B) starts the employee's training with the case linked (§VI.A). */
class ReferralForTrainingScenarioTest extends ViolationTestSupport {

  @Test
  void aReferralForTrainingStartsTheEmployeesTrainingLinkedToTheCase_VB_VIA() {
    String officer = newOfficer("Jules", "Ferreira");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", false));
    triage(instance, "ia", "accept", Map.of());
    giveStatement(instance, officer, "I did not know.");
    findSustained(instance, "conduct", "minor");
    String caseNumber = caseOf(instance).caseNumber();
    assertThat(trainingsOf(officer)).as("no training before the discipline is final").isZero();

    complete("chief", task(instance, Elements.DECIDE_DISCIPLINE), Map.of(Vars.DISCIPLINE, "referral-for-training",
        Vars.EFFECTIVE_DATE, "2026-12-01", Vars.DISCIPLINE_REASON, "Training will prevent a repeat"));
    runStep(instance, Elements.ISSUE_DISCIPLINE_NOTICE);

    ProcessInstance training = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(SocialMediaTraining.PROCESS_KEY)
        .variableValueEquals(SocialMediaTraining.Vars.EMPLOYEE_ID, officer).singleResult();
    assertThat(training).isWaitingAt(SocialMediaTraining.Elements.STUDY_MATERIAL);
    assertThat(engine.getRuntimeService().getVariable(training.getId(), SocialMediaTraining.Vars.CASE_NUMBER))
        .isEqualTo(caseNumber);
    assertThat(engine.getRuntimeService().getVariable(training.getId(), SocialMediaTraining.Vars.KIND))
        .isEqualTo("referral");
    assertThat(training.getBusinessKey()).startsWith(SocialMediaTraining.NUMBER_PREFIX);
  }

  private long trainingsOf(String officer) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SocialMediaTraining.PROCESS_KEY)
        .variableValueEquals(SocialMediaTraining.Vars.EMPLOYEE_ID, officer).count();
  }
}
