package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.policy321.removal.RemovalOnDirection.Elements;
import static org.policy321.removal.RemovalOnDirection.Vars;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.policy321.approval.ApprovalRegister;
import org.policy321.testing.ActiveApprovals;
import org.policy321.testing.PdfText;
import org.policy321.testing.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.policy321.testing.VeraPdf;

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

  /** The requester's answer other than "removed": {@code cannot-remove-all} or {@code refused}, with the explanation. */
  void answer(ProcessInstance instance, String requester, String outcome, String explanation, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(more);
    variables.put(Vars.OUTCOME, outcome);
    variables.put(Vars.EXPLANATION, explanation);
    assertThat(instance).isWaitingAt(Elements.REMOVE_POSTING);
    String taskId = task(Elements.REMOVE_POSTING).getId();
    staff.as(requester, () -> engine.getTaskService().complete(taskId, variables));
  }

  void decidePartial(ProcessInstance instance, String decider, String decision, String note, String deadline) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.PARTIAL_DECISION, decision);
    variables.put(Vars.DESIGNEE_NOTE, note);
    variables.put(Vars.NEW_DEADLINE, deadline);
    assertThat(instance).isWaitingAt(Elements.DECIDE_PARTIAL_REMOVAL);
    String taskId = task(Elements.DECIDE_PARTIAL_REMOVAL).getId();
    staff.as(decider, () -> {
      engine.getTaskService().claim(taskId, decider);
      engine.getTaskService().complete(taskId, variables);
    });
  }

  void reviewUnremoved(ProcessInstance instance, String reviewer, String note) {
    assertThat(instance).isWaitingAt(Elements.REVIEW_UNREMOVED_POSTING);
    String taskId = task(Elements.REVIEW_UNREMOVED_POSTING).getId();
    staff.as(reviewer, () -> {
      if (engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee() == null) {
        engine.getTaskService().claim(taskId, reviewer);
      }
      engine.getTaskService().complete(taskId, Map.of(Vars.SUPERVISOR_NOTE, note));
    });
  }

  void decideUnremoved(ProcessInstance instance, String decider, String decision, String note, String deadline,
      String referToInternalAffairs) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.UNREMOVED_DECISION, decision);
    variables.put(Vars.DESIGNEE_NOTE, note);
    variables.put(Vars.NEW_DEADLINE, deadline);
    variables.put(Vars.REFER_TO_IA, referToInternalAffairs);
    assertThat(instance).isWaitingAt(Elements.DECIDE_UNREMOVED_POSTING);
    String taskId = task(Elements.DECIDE_UNREMOVED_POSTING).getId();
    staff.as(decider, () -> {
      engine.getTaskService().claim(taskId, decider);
      engine.getTaskService().complete(taskId, variables);
    });
  }

  /**
   * The requester opens Read revocation notice (assigned to them), reads the notice as their form links it,
   * and completes the task; returns the notice's text.
   */
  String readRevocationNotice(ProcessInstance instance, String requester) {
    assertThat(instance).isWaitingAt(Elements.READ_REVOCATION_NOTICE);
    Task read = task(Elements.READ_REVOCATION_NOTICE);
    assertThat(read).isAssignedTo(requester);
    String text = staff.as(requester, () -> {
      FileValue notice = engine.getTaskService().getVariableTyped(read.getId(), Vars.REVOCATION_NOTICE);
      assertThat(notice.getMimeType()).isEqualTo("application/pdf");
      VeraPdf.assertPdfA2b(PdfText.bytes(notice));
      return PdfText.of(notice);
    });
    staff.as(requester, () -> engine.getTaskService().complete(read.getId()));
    assertThat(instance).isEnded().hasPassed(Elements.POSTING_REMOVED);
    return text;
  }

  /** Today plus {@code days}, as a person types a deadline (the end of that day, UTC). */
  static String inDays(int days) {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC).plusDays(days).toString();
  }

  RemovalCase removalCase(ProcessInstance instance) {
    return removals.get(((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(Vars.REMOVAL_ID).singleResult().getValue()).longValue());
  }
}
