package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.platform.tasks.TaskReminder;
import org.policy321.violation.TakeDownStep.Kind;

/**
 * §V.B: a report that endangers the safety of others or compromises a criminal investigation is the
 * Chief's at receipt, in parallel with triage; triage cannot close it before the Chief's immediate action
 * is on record; the action is structured, and a take-down is tracked to a verified end (timers by hand).
 */
class ImmediateActionScenarioTest extends ViolationTestSupport {

  private static final String ENDANGERS_REFUSAL = "it cannot be closed before the immediate action of the Chief";

  private static Date hoursFromNow(long hours) {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(hours)));
  }

  @Test
  void endangeringReportReachesTheChiefAtReceipt_triageCannotCloseItUntilTheActionIsOnRecord_VB() {
    String officer = newOfficer("Dana", "Reyes");
    Date receivedAt = ClockUtil.getCurrentTime();
    ProcessInstance instance = reportNamed("employee2", report(officer, "supervisor", true));

    // Both at once: nobody has triaged, and the Chief's task is already there, due PT4H from receipt.
    assertThat(instance).isWaitingAt(Elements.TRIAGE_REPORT, Elements.TAKE_IMMEDIATE_ACTION);
    Task action = task(instance, Elements.TAKE_IMMEDIATE_ACTION);
    assertThat(action.getDueDate()).isCloseTo(Date.from(receivedAt.toInstant().plus(Duration.ofHours(4))), 60_000);
    assertDueWhenTimerFires(action, instance.getId(), Elements.IMMEDIATE_ACTION_OVERDUE);
    assertThat(caseOf(instance).immediateActionDueAt()).isNotNull();
    assertThat(caseOf(instance).awaitsImmediateAction()).isTrue();

    assertThatThrownBy(() -> triage(instance, "supervisor", "not-a-violation", Map.of(Vars.TRIAGE_REASON, "Satire")))
        .hasMessageContaining(ENDANGERS_REFUSAL).hasMessageContaining("\"Take immediate action\" is open");
    assertThatThrownBy(() -> triage(instance, "supervisor", "duplicate", Map.of(Vars.DUPLICATE_OF, "VR-1999-0001")))
        .hasMessageContaining(ENDANGERS_REFUSAL);
    assertThat(instance).isWaitingAt(Elements.TRIAGE_REPORT, Elements.TAKE_IMMEDIATE_ACTION);
    assertThat(caseOf(instance).status()).as("unchanged").isEqualTo(CaseStatus.RECEIVED);

    complete("chief", action, Map.of(Vars.IMMEDIATE_ACTION, "preserved",
        Vars.ACTION_TAKEN, "Screenshots and the account's page archived for the investigation"));
    assertThat(instance).hasPassed(Elements.IMMEDIATE_ACTION_RECORDED).isWaitingAt(Elements.TRIAGE_REPORT);
    ViolationReport acted = caseOf(instance);
    assertThat(acted.immediateAction()).isEqualTo(ImmediateAction.PRESERVED);
    assertThat(acted.immediateActionBy()).isEqualTo("chief");
    assertThat(acted.immediateActionNote()).contains("archived");
    assertThat(acted.awaitsImmediateAction()).isFalse();

    triage(instance, "supervisor", "not-a-violation", Map.of(Vars.TRIAGE_REASON, "Posted by an impostor account"));
    assertThat(instance).isEnded().hasPassed(Elements.NOT_A_VIOLATION);
    assertThat(caseOf(instance).status()).isEqualTo(CaseStatus.NOT_A_VIOLATION);
  }

  @Test
  void triageThatFindsTheDangerCannotCloseTheReport_mustAcceptIt_VB() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Lee", "Park"), "internal-affairs", false));
    assertThat(instance).hasNotPassed(Elements.TAKE_IMMEDIATE_ACTION).hasPassed(Elements.NO_IMMEDIATE_ACTION);

    assertThatThrownBy(() -> triage(instance, "ia", "not-a-violation",
        Map.of(Vars.TRIAGE_REASON, "Nothing to see", Vars.ENDANGERS_DECIDED, "true")))
        .hasMessageContaining(ENDANGERS_REFUSAL).hasMessageContaining("Accept it, so that the Chief acts at once");
    assertThat(instance).isWaitingAt(Elements.TRIAGE_REPORT);
    assertThat(caseOf(instance).endangers()).isFalse();
  }

  @Test
  void dangerFirstSeenAtTriage_theChiefActsWhileTheInvestigationStarts_VB() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Kim", "Ortiz"), "internal-affairs", false));
    fire(instance, Elements.TRIAGE_REMINDER, Duration.ofHours(30));

    triage(instance, "ia", "accept", Map.of(Vars.ENDANGERS_DECIDED, "true"));
    assertThat(instance).hasPassed(Elements.ACT_AND_INVESTIGATE)
        .isWaitingAt(Elements.TAKE_IMMEDIATE_ACTION, Elements.INVESTIGATE);
    assertThat(task(instance, Elements.TAKE_IMMEDIATE_ACTION).getDueDate())
        .as("the clock starts when triage sees the danger").isCloseTo(hoursFromNow(4), 60_000);

    complete("designee", task(instance, Elements.TAKE_IMMEDIATE_ACTION), Map.of(Vars.IMMEDIATE_ACTION, "referred",
        Vars.ACTION_TAKEN, "Referred to the District Attorney: the post names a witness"));
    assertThat(caseOf(instance).immediateAction()).isEqualTo(ImmediateAction.REFERRED);
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE).hasPassed(Elements.IMMEDIATE_ACTION_RECORDED);
  }

  @Test
  void aReportEndangeringAtReceiptThatTriageAcceptsDoesNotAskTheChiefTwice_VB() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Ari", "Stone"), "internal-affairs", true));
    triage(instance, "ia", "accept", Map.of(Vars.ENDANGERS_DECIDED, "true"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.TAKE_IMMEDIATE_ACTION).count()).isOne();
    assertThat(instance).isWaitingAt(Elements.INVESTIGATE, Elements.TAKE_IMMEDIATE_ACTION)
        .hasNotPassed(Elements.ACT_AND_INVESTIGATE);
    complete("chief", task(instance, Elements.TAKE_IMMEDIATE_ACTION), Map.of(Vars.IMMEDIATE_ACTION, "none",
        Vars.ACTION_TAKEN, "The post was already deleted by the platform"));
    assertThat(caseOf(instance).immediateAction()).isEqualTo(ImmediateAction.NONE);
  }

  @Test
  void takeDownIsTrackedToAVerifiedEnd_stillVisibleTwice_overdueOnce_VB() {
    String officer = newOfficer("Jo", "Banks");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", true));
    complete("chief", task(instance, Elements.TAKE_IMMEDIATE_ACTION), Map.of(Vars.IMMEDIATE_ACTION, "take-down",
        Vars.ACTION_TAKEN, "Take the post down now: it names a victim"));

    // Round 1: the employee concerned, in their own process, by the default deadline (P1D).
    Task takeDown = partyTask(instance);
    assertThat(takeDown.getAssignee()).isEqualTo(officer);
    assertThat(takeDown.getName()).startsWith("Take the posting down");
    assertThat(takeDown.getDueDate()).isCloseTo(hoursFromNow(24), 60_000);
    assertDueWhenTimerFires(takeDown, instance.getId(), Elements.TAKE_DOWN_OVERDUE);
    assertThat(engine.getTaskService().getVariable(takeDown.getId(), Vars.ACTION_TAKEN)).isEqualTo("Take the post down now: it names a victim");
    assertThat(engine.getTaskService().getVariables(takeDown.getId())).as("the party sees no reporter")
        .doesNotContainKeys(Vars.SUBJECT, Vars.ROUTE_TO, Vars.RETALIATION_FLAG);
    complete(officer, takeDown, Map.of(Vars.TAKE_DOWN_ANSWER, "removed"));
    Task verify = task(instance, Elements.VERIFY_TAKE_DOWN);
    assertThat(engine.getTaskService().getVariable(verify.getId(), Vars.TAKE_DOWN_ANSWER)).isEqualTo("removed");
    assertThat((String) engine.getTaskService().getVariable(verify.getId(), Vars.TAKE_DOWN_BY_NAME))
        .as("the form names whom the take-down was directed to (issue 17)").endsWith("Jo Banks");
    complete("designee", verify, Map.of(Vars.TAKE_DOWN_VERIFIED, "false",
        Vars.TAKE_DOWN_VERIFIER_NOTE, "Still visible as a shared copy on the same profile", Vars.NEW_TAKE_DOWN_DEADLINE, "PT6H"));

    // Round 2: directed again with the new deadline; nobody answers; the timer ends the employee's task.
    Task again = partyTask(instance);
    assertThat(again.getDueDate()).isCloseTo(hoursFromNow(6), 60_000);
    fire(instance, Elements.TAKE_DOWN_OVERDUE, Duration.ofHours(6).plusMinutes(1));
    assertThat(instance).hasPassed(Elements.NOTE_TAKE_DOWN_OVERDUE);
    Task afterOverdue = task(instance, Elements.VERIFY_TAKE_DOWN);
    assertThat(engine.getTaskService().getVariable(afterOverdue.getId(), Vars.TAKE_DOWN_ANSWER))
        .as("last round's answer is not this round's").isNull();
    complete("chief", afterOverdue, Map.of(Vars.TAKE_DOWN_VERIFIED, false, Vars.TAKE_DOWN_VERIFIER_NOTE, "Unchanged"));

    // Round 3: the employee cannot remove a copy someone else made; the Chief finds the post itself gone.
    complete(officer, partyTask(instance), Map.of(Vars.TAKE_DOWN_ANSWER, "cannot-remove",
        Vars.TAKE_DOWN_NOTE, "A copy was reposted by an account I do not control"));
    complete("chief", task(instance, Elements.VERIFY_TAKE_DOWN), Map.of(Vars.TAKE_DOWN_VERIFIED, true,
        Vars.TAKE_DOWN_VERIFIER_NOTE, "Original gone; the repost was reported to the platform"));
    assertThat(instance).hasPassed(Elements.POSTING_TAKEN_DOWN).isWaitingAt(Elements.TRIAGE_REPORT);

    ViolationReport record = caseOf(instance);
    assertThat(record.immediateAction()).isEqualTo(ImmediateAction.TAKE_DOWN);
    assertThat(record.takeDownBy()).isEqualTo(officer);
    assertThat(record.takeDownSteps()).extracting(TakeDownStep::kind).containsExactly(Kind.DIRECTED, Kind.REMOVED,
        Kind.STILL_VISIBLE, Kind.DIRECTED, Kind.OVERDUE, Kind.STILL_VISIBLE, Kind.DIRECTED, Kind.CANNOT_REMOVE,
        Kind.VERIFIED);
    assertThat(record.takeDownSteps()).extracting(TakeDownStep::actor).containsExactly("chief", officer, "designee",
        "designee", null, "chief", "chief", officer, "chief");
  }

  @Test
  void takeDownOfAnUnnamedEmployee_theChiefNamesThem_VB() {
    String officer = newOfficer("Max", "Quinn");
    ProcessInstance instance = reportNamed("employee2", report("someone on the night shift", "internal-affairs", true));
    assertThat(caseOf(instance).subjectId()).isNull();
    Task action = task(instance, Elements.TAKE_IMMEDIATE_ACTION);
    assertThatThrownBy(() -> complete("chief", action, Map.of(Vars.IMMEDIATE_ACTION, "take-down",
        Vars.ACTION_TAKEN, "Remove it")))
        .hasMessageContaining("name them (their user name), or choose another action");
    assertThatThrownBy(() -> complete("chief", task(instance, Elements.TAKE_IMMEDIATE_ACTION),
        Map.of(Vars.IMMEDIATE_ACTION, "take-down", Vars.ACTION_TAKEN, "Remove it", Vars.IDENTIFIED_SUBJECT, "employee2")))
        .as("§V.C: never against the reporter").hasMessageContaining("cannot be turned against its own reporter");
    assertThat(caseOf(instance).immediateAction()).isNull();

    complete("chief", task(instance, Elements.TAKE_IMMEDIATE_ACTION), Map.of(Vars.IMMEDIATE_ACTION, "take-down",
        Vars.ACTION_TAKEN, "Remove it", Vars.IDENTIFIED_SUBJECT, officer, Vars.TAKE_DOWN_DEADLINE, "PT2H"));
    assertThat(caseOf(instance).subjectId()).isEqualTo(officer);
    assertThat(partyTask(instance).getAssignee()).isEqualTo(officer);
    assertThat(partyTask(instance).getDueDate()).isCloseTo(hoursFromNow(2), 60_000);
  }

  @Test
  void refusedImmediateActionAndTakeDownInput_leavesEveryTaskAsItWas_VB() {
    String officer = newOfficer("Pat", "Doyle");
    ProcessInstance instance = reportNamed("employee2", report(officer, "internal-affairs", true));
    Task action = task(instance, Elements.TAKE_IMMEDIATE_ACTION);
    Map<Map<String, Object>, String> refusals = Map.of(
        Map.of(Vars.ACTION_TAKEN, "Something"), "Choose the immediate action",
        Map.of(Vars.IMMEDIATE_ACTION, "arrest", Vars.ACTION_TAKEN, "Something"), "Choose the immediate action",
        Map.of(Vars.IMMEDIATE_ACTION, "preserved"), "What was done, and why is required",
        Map.of(Vars.IMMEDIATE_ACTION, "take-down", Vars.ACTION_TAKEN, "Now", Vars.TAKE_DOWN_DEADLINE, "2020-01-01"),
        "has already passed",
        Map.of(Vars.IMMEDIATE_ACTION, "take-down", Vars.ACTION_TAKEN, "Now", Vars.TAKE_DOWN_DEADLINE, "soon"),
        "is neither a date");
    refusals.forEach((bad, message) -> assertThatThrownBy(() -> complete("chief",
        task(instance, Elements.TAKE_IMMEDIATE_ACTION), bad)).as(bad.toString()).hasMessageContaining(message));
    assertThatThrownBy(() -> complete(officer, action, Map.of(Vars.IMMEDIATE_ACTION, "none", Vars.ACTION_TAKEN, "x")))
        .as("the employee concerned takes no action in their own case").isNotNull();
    assertThat(task(instance, Elements.TAKE_IMMEDIATE_ACTION).getId()).isEqualTo(action.getId());
    assertThat(caseOf(instance).immediateAction()).isNull();

    complete("chief", task(instance, Elements.TAKE_IMMEDIATE_ACTION), Map.of(Vars.IMMEDIATE_ACTION, "take-down",
        Vars.ACTION_TAKEN, "Take it down"));
    Task takeDown = partyTask(instance);
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(takeDown.getId(),
        Map.of(Vars.TAKE_DOWN_ANSWER, "removed")))).as("someone else's task").isNotNull();
    assertThatThrownBy(() -> complete(officer, takeDown, Map.of(Vars.TAKE_DOWN_ANSWER, "cannot-remove")))
        .hasMessageContaining("What remains, and why you cannot remove it is required");
    assertThatThrownBy(() -> complete(officer, takeDown, Map.of(Vars.TAKE_DOWN_ANSWER, "later")))
        .hasMessageContaining("Answer that the posting is removed");
    assertThat(partyTask(instance).getId()).isEqualTo(takeDown.getId());
    complete(officer, takeDown, Map.of(Vars.TAKE_DOWN_ANSWER, "removed"));

    Task verify = task(instance, Elements.VERIFY_TAKE_DOWN);
    assertThatThrownBy(() -> complete(officer, verify, Map.of(Vars.TAKE_DOWN_VERIFIED, true)))
        .as("nobody verifies their own take-down").isNotNull();
    assertThatThrownBy(() -> complete("chief", verify, Map.of(Vars.TAKE_DOWN_VERIFIER_NOTE, "Looked")))
        .hasMessageContaining("Say whether the posting is gone");
    assertThatThrownBy(() -> complete("chief", task(instance, Elements.VERIFY_TAKE_DOWN),
        Map.of(Vars.TAKE_DOWN_VERIFIED, false)))
        .hasMessageContaining("What is still visible is required");
    assertThat(task(instance, Elements.VERIFY_TAKE_DOWN).getId()).isEqualTo(verify.getId());
    assertThat(caseOf(instance).takeDownSteps()).extracting(TakeDownStep::kind).containsExactly(Kind.DIRECTED, Kind.REMOVED);
  }

  @Test
  void overdueFromReceipt_theImmediateActionIsEscalatedWhileTriageWaits_VB() {
    ProcessInstance instance = reportNamed("employee2", report(newOfficer("Sky", "Reid"), "internal-affairs", true));
    fire(instance, Elements.IMMEDIATE_ACTION_OVERDUE, Duration.ofHours(4).plusMinutes(1));
    assertThat(instance).hasPassed(Elements.ESCALATE_IMMEDIATE_ACTION)
        .isWaitingAt(Elements.TAKE_IMMEDIATE_ACTION, Elements.TRIAGE_REPORT);
    assertThat(task(instance, Elements.TAKE_IMMEDIATE_ACTION).getPriority()).isEqualTo(TaskReminder.REMINDED_PRIORITY);
  }
}
