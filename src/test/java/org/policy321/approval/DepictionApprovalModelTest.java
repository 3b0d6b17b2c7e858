package org.policy321.approval;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.policy321.approval.DepictionApproval.Decisions;
import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The diagram alone, on a bare in-memory engine with every delegate mocked: which way each gateway
 * goes and in which order the delegates are called. The full application is in
 * {@link DepictionApprovalScenarioTest}.
 */
@Deployment(resources = "bpmn/depiction-approval.bpmn")
class DepictionApprovalModelTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("model-test.camunda.cfg.xml").build();

  private final List<String> called = new ArrayList<>();

  @BeforeEach
  void mockDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    for (String bean : List.of("generateMemorandum", "escalateDecision", "recordWithdrawal",
        "withdrawUnansweredRequest", "issueApprovalCopy", "activateApproval", "issueDisapprovalLetter",
        "remindAcknowledgement")) {
      Mocks.register(bean, (JavaDelegate) execution -> called.add(bean));
    }
    Mocks.register("registerRequest", (JavaDelegate) execution -> {
      called.add("registerRequest");
      execution.setVariable(Vars.REQUEST_ID, 1L);
    });
    for (String bean : List.of("recordDecision", "recordAnswer", "checkWithdrawal", "checkAcknowledgement")) {
      Mocks.register(bean, (TaskListener) task -> called.add(bean));
    }
    Mocks.register("depictionDeadlines", new DepictionDeadlines(new DepictionProperties("P5D", "P14D", "P5D", 1),
        java.time.Clock.systemUTC()));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  private ProcessInstance startedAndMemoWritten() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY,
        withVariables(Vars.REQUESTER_ID, "employee"));
    assertThat(instance).isWaitingAt(Elements.GENERATE_MEMO);
    execute(job());
    return instance;
  }

  @Test
  void inquiryLoopsBackToTheMemoUntilApproved_IIIR() {
    ProcessInstance instance = startedAndMemoWritten();
    for (int round = 1; round <= 2; round++) {
      complete(task(Elements.DECIDE_ON_MEMO), withVariables(Vars.DECISION, Decisions.INQUIRE));
      complete(task(Elements.ANSWER_INQUIRY));
      assertThat(instance).isWaitingAt(Elements.GENERATE_MEMO);
      execute(job());
    }
    complete(task(Elements.DECIDE_ON_MEMO), withVariables(Vars.DECISION, Decisions.APPROVE));
    execute(job());
    complete(task(Elements.ACKNOWLEDGE_APPROVAL_COPY));

    assertThat(instance).isEnded().hasPassedInOrder(Elements.ISSUE_APPROVAL_COPY, Elements.ACKNOWLEDGE_APPROVAL_COPY,
        Elements.ACTIVATE_APPROVAL, Elements.MEMO_APPROVED);
    org.assertj.core.api.Assertions.assertThat(called).containsExactly("registerRequest",
        "generateMemorandum", "recordDecision", "recordAnswer",
        "generateMemorandum", "recordDecision", "recordAnswer",
        "generateMemorandum", "recordDecision", "issueApprovalCopy", "checkAcknowledgement", "activateApproval");
  }

  @Test
  void disapprovalGoesToTheLetter_IIIR() {
    ProcessInstance instance = startedAndMemoWritten();
    complete(task(Elements.DECIDE_ON_MEMO), withVariables(Vars.DECISION, Decisions.DISAPPROVE));
    execute(job());
    complete(task(Elements.READ_DISAPPROVAL_LETTER));
    assertThat(instance).isEnded().hasPassed(Elements.MEMO_DISAPPROVED).hasNotPassed(Elements.ISSUE_APPROVAL_COPY);
  }

  @Test
  void withdrawalLeavesTheReviewThroughItsErrorBoundary_IIIR() {
    ProcessInstance instance = startedAndMemoWritten();
    complete(task(Elements.WITHDRAW_REQUEST));
    assertThat(instance).isEnded().hasPassed(Elements.RECORD_WITHDRAWAL, Elements.REQUEST_WITHDRAWN)
        .hasNotPassed(Elements.DECIDED);
  }

  @Test
  void unansweredInquiryLapsesThroughItsTimer_IIIR() {
    ProcessInstance instance = startedAndMemoWritten();
    complete(task(Elements.DECIDE_ON_MEMO), withVariables(Vars.DECISION, Decisions.INQUIRE));
    execute(job(Elements.INQUIRY_UNANSWERED));
    complete(task(Elements.READ_WITHDRAWAL_NOTICE));
    assertThat(instance).isEnded().hasPassed(Elements.WITHDRAW_UNANSWERED, Elements.REQUEST_LAPSED);
  }

  @Test
  void overdueDecisionEscalatesWithoutLeavingTheTask_IIIR() {
    ProcessInstance instance = startedAndMemoWritten();
    execute(job(Elements.DECISION_OVERDUE));
    assertThat(instance).hasPassed(Elements.ESCALATE_DECISION, Elements.DECISION_ESCALATED)
        .isWaitingAt(Elements.DECIDE_ON_MEMO, Elements.WITHDRAW_REQUEST);
  }

  @Test
  void overdueAcknowledgementRemindsWithoutLeavingTheTask_IIIR() {
    ProcessInstance instance = approvedAndCopyIssued();
    execute(job(Elements.ACKNOWLEDGEMENT_OVERDUE));
    assertThat(instance).hasPassed(Elements.REMIND_ACKNOWLEDGEMENT, Elements.ACKNOWLEDGEMENT_REMINDED)
        .isWaitingAt(Elements.ACKNOWLEDGE_APPROVAL_COPY);
    complete(task(Elements.ACKNOWLEDGE_APPROVAL_COPY));
    assertThat(instance).isEnded().hasPassed(Elements.MEMO_APPROVED);
  }

  @Test
  void removalDirectedBeforeAcknowledgementEndsTheCase_IIIR() {
    ProcessInstance instance = approvedAndCopyIssued();
    runtimeService().createMessageCorrelation(DepictionApproval.MESSAGE_REMOVAL_STARTED)
        .processInstanceId(instance.getId()).correlate();
    assertThat(instance).isEnded().hasPassed(Elements.APPROVAL_DIRECTED_OFF).hasNotPassed(Elements.ACTIVATE_APPROVAL);
  }

  private ProcessInstance approvedAndCopyIssued() {
    ProcessInstance instance = startedAndMemoWritten();
    complete(task(Elements.DECIDE_ON_MEMO), withVariables(Vars.DECISION, Decisions.APPROVE));
    execute(job());
    assertThat(instance).isWaitingAt(Elements.ACKNOWLEDGE_APPROVAL_COPY);
    return instance;
  }
}
