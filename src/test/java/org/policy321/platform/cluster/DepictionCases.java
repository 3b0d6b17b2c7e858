package org.policy321.platform.cluster;

import static org.awaitility.Awaitility.await;
import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.testing.Staff;

/**
 * Works depiction approval cases on one node as staff would there: submits memos, decides, and
 * carries a case on to its end. Asynchronous steps are left to the cluster's job executors and
 * waited for with a deadline.
 */
final class DepictionCases {

  /** Generous: a document job on a busy two-core machine, or a lock left by a stopped node (10 s). */
  static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

  private final ClusterNode node;
  private final ProcessEngine engine;
  private final Staff staff;

  DepictionCases(ClusterNode node) {
    this.node = node;
    this.engine = node.engine();
    this.staff = node.staff();
  }

  /** The requester sends a memo on this node; returns the process instance id. */
  String submit(String requester) {
    Map<String, Object> memo = Map.of(
        Vars.PROPOSED_USAGE, "Photograph in uniform at the charity run, submitted on " + node.name(),
        Vars.PURPOSE, "Fundraising page of the charity run",
        Vars.DEPICTIONS, "uniform",
        Vars.PLATFORM, "Facebook",
        Vars.URL, "https://social.example/" + requester,
        Vars.POSTING_OPEN_ENDED, true);
    return staff.as(requester,
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, memo).getId());
  }

  /** The case's open task {@code key}, once the job executors have brought the case there. */
  Task awaitTask(String processInstanceId, String key) {
    return await("task " + key + " of " + processInstanceId + " on " + node.name())
        .atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(100))
        .until(() -> task(processInstanceId, key), Objects::nonNull);
  }

  Task task(String processInstanceId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(key).singleResult();
  }

  /** The Chief claims and completes the decision task on this node. */
  void decide(Task task, String decision) {
    Map<String, Object> variables = decision.equals(Decisions.DISAPPROVE)
        ? Map.of(Vars.DECISION, decision, Vars.NOTATION, "Not for this page", Vars.DISAPPROVAL_REASON, "Shows a badge number")
        : Map.of(Vars.DECISION, decision, Vars.NOTATION, "Decided on " + node.name());
    staff.as("chief", () -> {
      engine.getTaskService().claim(task.getId(), "chief");
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  /**
   * Works the case's tasks on this node until it ends: the Chief approves, the requester
   * acknowledges the copy or reads the letter (nobody withdraws). Between the tasks the job
   * executors write the documents.
   */
  void carryToEnd(String processInstanceId) {
    await("end of " + processInstanceId + " on " + node.name())
        .atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(200))
        .until(() -> step(processInstanceId));
  }

  boolean isEnded(String processInstanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
  }

  /** Completes the case's open tasks that have someone to do them; true once the case has ended. */
  private boolean step(String processInstanceId) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list();
    for (Task task : tasks) {
      try {
        work(task, requester(processInstanceId));
      } catch (OptimisticLockingException e) {
        // A job of the same case (an escalation) changed it at the same moment on the other node;
        // the engine refused the second write, as it would refuse a user's click. Try again.
        return false;
      }
    }
    return isEnded(processInstanceId);
  }

  private void work(Task task, String requester) {
    switch (task.getTaskDefinitionKey()) {
      case Elements.DECIDE_ON_MEMO -> decide(task, Decisions.APPROVE);
      case Elements.ACKNOWLEDGE_APPROVAL_COPY -> staff.as(requester,
          () -> engine.getTaskService().complete(task.getId(), Map.of(Vars.ACKNOWLEDGED, true)));
      case Elements.READ_DISAPPROVAL_LETTER -> staff.as(requester, () -> engine.getTaskService().complete(task.getId()));
      default -> { } // Withdraw request: open while the request is under review; nobody withdraws here.
    }
  }

  private String requester(String processInstanceId) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(Vars.REQUESTER_ID).singleResult().getValue();
  }
}
