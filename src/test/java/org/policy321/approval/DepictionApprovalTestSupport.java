package org.policy321.approval;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.policy321.approval.DepictionApproval.Decisions;
import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.policy321.testing.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application with the job executor off: tests start memos as signed-in staff, drive
 * jobs and timers by hand and read what the services recorded.
 */
abstract class DepictionApprovalTestSupport extends ProcessScenario {

  @Autowired DepictionRequestService requests;
  @Autowired ApprovalRegister register;

  /** The last day of the sample memo's posting (§III.R): two years after the day the tests run. */
  static final LocalDate POSTING_UNTIL = LocalDate.now(ZoneOffset.UTC).plusYears(2);

  /** {@link #POSTING_UNTIL} as the memorandum, the approval copy and the decision form state it. */
  static String postingUntilShown() {
    return "until " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH).format(POSTING_UNTIL);
  }

  static Map<String, Object> memo() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.PROPOSED_USAGE, "A photograph of me in uniform beside a marked unit on my recruiting blog");
    variables.put(Vars.PURPOSE, "Encourage young people in the city to apply to the police academy");
    variables.put(Vars.DEPICTIONS, "uniform,marked-unit");
    variables.put(Vars.PLATFORM, "Personal blog");
    variables.put(Vars.URL, "https://blog.example.org/join");
    variables.put(Vars.POSTING_UNTIL, POSTING_UNTIL.toString());
    return variables;
  }

  /** The requester sends the memo, and the memorandum job runs: the request waits for a decision. */
  ProcessInstance submit(String requester, Map<String, Object> memo) {
    ProcessInstance instance = staff.as(requester,
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, memo));
    assertThat(instance).isWaitingAt(Elements.GENERATE_MEMO);
    execute(job());
    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_MEMO, Elements.WITHDRAW_REQUEST);
    return instance;
  }

  void decide(ProcessInstance instance, String decider, String decision, String notation, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.DECISION, decision);
    variables.put(Vars.NOTATION, notation);
    if (reason != null) {
      variables.put(Vars.DISAPPROVAL_REASON, reason);
    }
    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_MEMO);
    String taskId = task(Elements.DECIDE_ON_MEMO).getId();
    staff.as(decider, () -> {
      engine.getTaskService().claim(taskId, decider);
      engine.getTaskService().complete(taskId, variables);
    });
  }

  void answer(ProcessInstance instance, String answer, FileValue newLayout) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.ANSWER, answer);
    if (newLayout != null) {
      variables.put(Vars.NEW_LAYOUT, newLayout);
    }
    assertThat(instance).isWaitingAt(Elements.ANSWER_INQUIRY);
    String taskId = task(Elements.ANSWER_INQUIRY).getId();
    staff.as(requester(instance), () -> engine.getTaskService().complete(taskId, variables));
    assertThat(instance).isWaitingAt(Elements.GENERATE_MEMO);
    execute(job());
  }

  void approve(ProcessInstance instance, String decider, String notation) {
    decide(instance, decider, Decisions.APPROVE, notation, null);
  }

  String requester(ProcessInstance instance) {
    return (String) engine.getRuntimeService().getVariable(instance.getId(), Vars.REQUESTER_ID);
  }

  DepictionRequest request(ProcessInstance instance) {
    return requests.get(((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(Vars.REQUEST_ID).singleResult().getValue()).longValue());
  }

  FileValue file(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariableTyped(instance.getId(), name);
  }
}
