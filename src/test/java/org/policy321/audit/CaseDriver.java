package org.policy321.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.testing.Staff;

/** Depiction approvals driven through the engine as the demo staff, for the auditors' tests (job executor off). */
final class CaseDriver {

  private final ProcessEngine engine;
  private final Staff staff;

  CaseDriver(ProcessEngine engine) {
    this.engine = engine;
    this.staff = new Staff(engine.getIdentityService());
  }

  /** A complete memo (§III.E) as Tasklist's start form sends it. */
  static Map<String, Object> memo() {
    Map<String, Object> memo = new HashMap<>();
    memo.put(Vars.PROPOSED_USAGE, "A photograph of me in uniform on my recruiting blog");
    memo.put(Vars.PURPOSE, "Encourage young people to apply to the police academy");
    memo.put(Vars.DEPICTIONS, "uniform");
    memo.put(Vars.PLATFORM, "Personal blog");
    memo.put(Vars.URL, "https://blog.example.org/join");
    memo.put(Vars.POSTING_UNTIL, LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
    return memo;
  }

  /** The requester sends the memo; its memorandum is written. */
  ProcessInstance submit(String requester) {
    ProcessInstance instance = staff.as(requester,
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, memo()));
    runJobsOf(instance);
    return instance;
  }

  void decide(ProcessInstance memo, String decider, Map<String, Object> decision) {
    Task task = task(memo, Elements.DECIDE_ON_MEMO);
    staff.as(decider, () -> {
      engine.getTaskService().claim(task.getId(), decider);
      engine.getTaskService().complete(task.getId(), decision);
    });
    runJobsOf(memo);
  }

  /** The requester completes their task at the element. */
  void complete(ProcessInstance memo, String element, String requester, Map<String, Object> variables) {
    Task task = task(memo, element);
    staff.as(requester, () -> engine.getTaskService().complete(task.getId(), variables));
    runJobsOf(memo);
  }

  /** Runs the instance's jobs due now (its documents), not its timers and not other tests' jobs. */
  void runJobsOf(ProcessInstance instance) {
    runUntilNone(() -> engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .executable().messages().list());
  }

  /** Runs every job due now, the batches that set removal times included (timers wait for their time). */
  void runJobs() {
    runUntilNone(() -> engine.getManagementService().createJobQuery().executable().list());
  }

  private void runUntilNone(Supplier<List<Job>> dueJobs) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = dueJobs.get();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  Task task(ProcessInstance instance, String element) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(element).singleResult();
  }

  /** The case's number: the business key its process set. */
  String number(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
  }
}
