package org.policy321.testing;

import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.policy321.approval.DepictionApproval;

/**
 * Carries a memo through the depiction approval, as staff would, to an issued or active approval.
 * Works with the job executor off (jobs are run here) or on (jobs are left to it and waited for).
 */
public final class ActiveApprovals {

  /** How long to wait for the job executor, when it runs, to reach the next task. */
  private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);

  private final ProcessEngine engine;
  private final Staff staff;

  public ActiveApprovals(ProcessEngine engine) {
    this.engine = engine;
    this.staff = new Staff(engine.getIdentityService());
  }

  /** An approval the requester has acknowledged: active in the register. */
  public String active(String requester) {
    return active(requester, null);
  }

  /** An active approval whose posting stays up until {@code postingUntil} (its last day), or open-ended (null). */
  public String active(String requester, LocalDate postingUntil) {
    ProcessInstance instance = issued(requester, postingUntil);
    String number = number(instance);
    String acknowledge = task(instance, Elements.ACKNOWLEDGE_APPROVAL_COPY);
    staff.as(requester, () -> engine.getTaskService().complete(acknowledge, Map.of(Vars.ACKNOWLEDGED, true)));
    return number;
  }

  /** An approval that is numbered but not yet acknowledged, so not yet active. */
  public String issuedOnly(String requester) {
    return number(issued(requester, null));
  }

  private ProcessInstance issued(String requester, LocalDate postingUntil) {
    Map<String, Object> memo = new HashMap<>(Map.of(Vars.PROPOSED_USAGE, "Profile photo in uniform", Vars.PURPOSE,
        "Recruiting", Vars.DEPICTIONS, "uniform", Vars.PLATFORM, "Facebook", Vars.URL, "https://social.example/" + requester));
    if (postingUntil == null) {
      memo.put(Vars.POSTING_OPEN_ENDED, true);
    } else {
      memo.put(Vars.POSTING_UNTIL, postingUntil.toString());
    }
    ProcessInstance instance = staff.as(requester,
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, memo));
    String decide = task(instance, Elements.DECIDE_ON_MEMO);
    staff.as("chief", () -> engine.getTaskService().complete(decide,
        Map.of(Vars.DECISION, DepictionApproval.Decisions.APPROVE, Vars.NOTATION, "Approved")));
    task(instance, Elements.ACKNOWLEDGE_APPROVAL_COPY);
    return instance;
  }

  /**
   * The open task at {@code key}, once the asynchronous steps before it have run. With the job
   * executor off (the usual test setup) this runs the instance's due jobs by hand; with it on (the
   * browser tests) it leaves them to the executor, so no job runs twice, and waits a bounded time.
   */
  private String task(ProcessInstance instance, String key) {
    long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
    while (true) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskDefinitionKey(key).singleResult();
      if (task != null) {
        return task.getId();
      }
      if (jobExecutorActive()) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("No task " + key + " after " + JOB_TIMEOUT.toSeconds() + " s; jobs left: "
              + engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list());
        }
        pause();
      } else {
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
            .executable().list();
        if (due.isEmpty()) {
          throw new AssertionError("No task " + key + " and no due job in process instance " + instance.getId());
        }
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
      }
    }
  }

  private boolean jobExecutorActive() {
    JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    return executor != null && executor.isActive();
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while waiting for the job executor", e);
    }
  }

  private String number(ProcessInstance instance) {
    return (String) engine.getRuntimeService().getVariable(instance.getId(), Vars.APPROVAL_NUMBER);
  }
}
