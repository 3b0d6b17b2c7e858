package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.Officers;

/**
 * Conflicts of interest (issue 12) over {@code /engine-rest} and {@code /api}: a party to a case is refused
 * claim and completion with a sentence (400, the task as it was); the outside authority sees and works
 * only the tasks routed to it and opens only those cases; the employee concerned never opens their case.
 */
class CaseConflictRestTest extends ViolationRestTestSupport {

  static final int REFUSED = 400;
  static final String PARTY = "You reported this case or it concerns you";

  @Test
  void aMemberOfInternalAffairsWhoReported_isRefusedClaimAndCompletion_anotherMemberClaims() {
    String reporter = internalAffairsAccount();
    String officer = Officers.enlist(engine, roster, "Sam", "Carter", "supervisor");
    ProcessInstance instance = staff.as(reporter, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, ViolationTestSupport.report(officer, "internal-affairs", false)));
    String triage = task(instance, Elements.TRIAGE_REPORT).getId();

    Reply claim = rest.post(reporter, "/task/" + triage + "/claim", Map.of("userId", reporter));
    Reply complete = rest.post(reporter, "/task/" + triage + "/complete",
        EngineRest.withVariables(Map.of(Vars.TRIAGE, EngineRest.string("not-a-violation"),
            Vars.TRIAGE_REASON, EngineRest.string("Not mine to judge"))));
    for (Reply reply : List.of(claim, complete)) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(REFUSED);
      assertThat(reply.message()).contains(PARTY, "Internal Affairs triages it", "Nothing was changed");
    }
    Task intact = task(instance, Elements.TRIAGE_REPORT);
    assertThat(intact.getId()).isEqualTo(triage);
    assertThat(intact.getAssignee()).isNull();
    assertThat(engine.getTaskService().getVariable(triage, Vars.TRIAGE)).isNull();

    Reply byColleague = rest.post("ia", "/task/" + triage + "/claim", Map.of("userId", "ia"));
    assertThat(byColleague.status()).as(byColleague.toString()).isEqualTo(204);
  }

  @Test
  void aReportAboutTheChief_theOutsideAuthorityWorksOnlyItsTasks_theChiefNeverOpensTheCase() {
    ProcessInstance aboutTheChief = staff.as("employee2", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, ViolationTestSupport.report("chief", "internal-affairs", false)));
    String officer = Officers.enlist(engine, roster, "Sam", "Carter", "supervisor");
    ProcessInstance other = staff.as("employee2", () -> engine.getRuntimeService().startProcessInstanceByKey(
        ViolationReporting.PROCESS_KEY, ViolationTestSupport.report(officer, "internal-affairs", false)));
    String triage = task(aboutTheChief, Elements.TRIAGE_REPORT).getId();

    Reply tasks = rest.get("cityauditor", "/task?processDefinitionKey=" + ViolationReporting.PROCESS_KEY);
    assertThat(tasks.status()).isEqualTo(200);
    List<String> seen = StreamSupport.stream(tasks.json().spliterator(), false)
        .map(t -> t.path("processInstanceId").asText()).toList();
    assertThat(seen).contains(aboutTheChief.getId()).doesNotContain(other.getId());
    assertThat(rest.get("cityauditor", "/task/" + task(other, Elements.TRIAGE_REPORT).getId()).status()).isEqualTo(404);
    assertThat(rest.get("cityauditor", "/process-instance?processDefinitionKey=" + ViolationReporting.PROCESS_KEY)
        .json()).isEmpty();
    assertThat(rest.get("chief", "/task/" + triage).status()).as("not the Chief's task").isEqualTo(404);

    assertThat(caseView("cityauditor", aboutTheChief.getBusinessKey())).isEqualTo(200);
    assertThat(caseView("cityauditor", other.getBusinessKey())).isEqualTo(403);
    assertThat(caseView("chief", aboutTheChief.getBusinessKey())).as("the case names its reporter").isEqualTo(403);
    assertThat(caseView("chief", other.getBusinessKey())).isEqualTo(200);

    assertThat(rest.post("cityauditor", "/task/" + triage + "/claim", Map.of("userId", "cityauditor")).status())
        .isEqualTo(204);
    Reply accepted = rest.post("cityauditor", "/task/" + triage + "/complete",
        EngineRest.withVariables(Map.of(Vars.TRIAGE, EngineRest.string("accept"),
            Vars.POLICY_SCOPE, EngineRest.string(PolicyScope.IDENTIFIES_AS_EMPLOYEE.value))));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    assertThat(task(aboutTheChief, Elements.INVESTIGATE)).isNotNull();
  }

  private int caseView(String user, String caseNumber) {
    return template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .getForEntity("/api/violation-cases/" + caseNumber, String.class).getStatusCode().value();
  }

  /** A member of Internal Affairs who can sign in (password "demo", as the demo accounts of the tests). */
  private String internalAffairsAccount() {
    String id = "iaofficer" + UUID.randomUUID().toString().substring(0, 8);
    var user = engine.getIdentityService().newUser(id);
    user.setFirstName("Avery");
    user.setLastName("Lind");
    user.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(id, "employee");
    engine.getIdentityService().createMembership(id, "internal-affairs");
    roster.enlist(id, "Avery", "Lind", "Sergeant", "Internal Affairs", "chief");
    return id;
  }

}
