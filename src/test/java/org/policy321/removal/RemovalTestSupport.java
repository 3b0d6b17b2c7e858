package org.policy321.removal;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.policy321.removal.RemovalOnDirection.Elements;
import static org.policy321.removal.RemovalOnDirection.Vars;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.policy321.approval.ApprovalRegister;
import org.policy321.testing.ActiveApprovals;
import org.policy321.testing.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole application, job executor off; approvals are granted through the depiction approval. */
abstract class RemovalTestSupport extends ProcessScenario {

  @Autowired ApprovalRegister register;
  @Autowired RemovalService removals;
  ActiveApprovals approvals;

  @BeforeEach
  void initFixtures() {
    approvals = new ActiveApprovals(engine);
  }

  ProcessInstance requestRemoval(String user, String approvalNumber, String reason, String deadline) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.APPROVAL_NUMBER, approvalNumber);
    variables.put(Vars.REASON, reason);
    if (deadline != null) {
      variables.put(Vars.DEADLINE, deadline);
    }
    return staff.as(user, () -> engine.getRuntimeService().startProcessInstanceByKey(RemovalOnDirection.PROCESS_KEY, variables));
  }

  void confirmRemoved(ProcessInstance instance, String requester, Map<String, Object> evidence) {
    Map<String, Object> variables = new HashMap<>(evidence);
    variables.put(Vars.OUTCOME, RemovalOnDirection.Outcomes.REMOVED);
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    String taskId = task(Elements.REMOVE_POSTING).getId();
    staff.as(requester, () -> engine.getTaskService().complete(taskId, variables));
  }

  void verify(ProcessInstance instance, String verifier, boolean removed, String note) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.VERIFIED, removed);
    variables.put(Vars.VERIFIER_NOTE, note);
    assertThat(instance).isWaitingAt(Elements.VERIFY_REMOVAL);
    String taskId = task(Elements.VERIFY_REMOVAL).getId();
    staff.as(verifier, () -> {
      engine.getTaskService().claim(taskId, verifier);
      engine.getTaskService().complete(taskId, variables);
    });
  }

  RemovalCase removalCase(ProcessInstance instance) {
    return removals.get(((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(Vars.REMOVAL_ID).singleResult().getValue()).longValue());
  }
}
