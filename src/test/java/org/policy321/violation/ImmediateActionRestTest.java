package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.Officers;

/**
 * §V.B over {@code /engine-rest}: triage closing an endangering report before the Chief acted answers 400
 * with the sentence and changes nothing; the take-down is answered only by the employee it is directed to,
 * with the inputs its task declares.
 */
class ImmediateActionRestTest extends ViolationRestTestSupport {

  @Test
  void closingAnEndangeringReportBeforeTheChiefActed_isRefusedWithTheSentence_VB() {
    String officer = Officers.enlist(engine, roster, "Ray", "Hunt", "supervisor");
    ProcessInstance instance = staff.as("employee2", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, ViolationTestSupport.report(officer, "internal-affairs", true)));
    String triage = task(instance, Elements.TRIAGE_REPORT).getId();
    assertThat(rest.post("ia", "/task/" + triage + "/claim", Map.of("userId", "ia")).status()).isEqualTo(204);

    Reply closed = rest.post("ia", "/task/" + triage + "/complete", EngineRest.withVariables(Map.of(
        Vars.TRIAGE, EngineRest.string("not-a-violation"), Vars.TRIAGE_REASON, EngineRest.string("Old news"))));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(400);
    assertThat(closed.message()).contains("(§V.B): it cannot be closed before the immediate action of the Chief of Police is on record");
    assertThat(task(instance, Elements.TRIAGE_REPORT).getId()).isEqualTo(triage);
    assertThat(task(instance, Elements.TAKE_IMMEDIATE_ACTION)).isNotNull();
  }

  @Test
  void theTakeDownIsAnsweredOnlyByTheEmployeeItIsDirectedTo_VB() {
    String officer = "employee"; // a demo user, who signs in with a password
    ProcessInstance instance = staff.as("employee2", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, ViolationTestSupport.report(officer, "internal-affairs", true)));
    String action = task(instance, Elements.TAKE_IMMEDIATE_ACTION).getId();
    assertThat(rest.post("designee", "/task/" + action + "/claim", Map.of("userId", "designee")).status()).isEqualTo(204);
    Reply directed = rest.post("designee", "/task/" + action + "/complete", EngineRest.withVariables(Map.of(
        Vars.IMMEDIATE_ACTION, EngineRest.string("take-down"), Vars.ACTION_TAKEN, EngineRest.string("Remove it now"))));
    assertThat(directed.status()).as(directed.toString()).isEqualTo(204);

    ProcessInstance party = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).singleResult();
    String takeDown = engine.getTaskService().createTaskQuery().processInstanceId(party.getId()).singleResult().getId();
    Map<String, Object> removed = EngineRest.withVariables(Map.of(Vars.TAKE_DOWN_ANSWER, EngineRest.string("removed")));
    assertThat(rest.post("pio", "/task/" + takeDown + "/complete", removed).status()).as("not theirs").isEqualTo(403);
    Reply forged = rest.post(officer, "/task/" + takeDown + "/complete", EngineRest.withVariables(Map.of(
        Vars.TAKE_DOWN_ANSWER, EngineRest.string("removed"), Vars.TAKE_DOWN_VERIFIED, EngineRest.string("true"))));
    assertThat(forged.status()).as("an undeclared input: " + forged).isEqualTo(400);
    assertThat(engine.getTaskService().createTaskQuery().taskId(takeDown).count()).isOne();

    Reply answered = rest.post(officer, "/task/" + takeDown + "/complete", removed);
    assertThat(answered.status()).as(answered.toString()).isEqualTo(204);
    assertThat(task(instance, Elements.VERIFY_TAKE_DOWN)).isNotNull();

    // The case record shows the action and each step to the Chief; the employee concerned never opens it.
    Reply byChief = api("chief", "/api/violation-cases/" + instance.getBusinessKey());
    assertThat(byChief.status()).isEqualTo(200);
    assertThat(byChief.json().at("/immediateAction/action").asText()).isEqualTo("Take-down directed");
    assertThat(byChief.json().at("/immediateAction/by").asText()).isEqualTo("designee");
    assertThat(byChief.json().at("/immediateAction/takeDownSteps/0/kind").asText()).isEqualTo("DIRECTED");
    assertThat(byChief.json().at("/immediateAction/takeDownSteps/1/kind").asText()).isEqualTo("REMOVED");
    assertThat(api(officer, "/api/violation-cases/" + instance.getBusinessKey()).status()).isEqualTo(403);
  }

  private Reply api(String user, String path) {
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForEntity(path, String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

}
