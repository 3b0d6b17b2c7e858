package org.policy321.testing;

import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.policy321.approval.DepictionApproval;

/** Carries a memo through the depiction approval, as staff would, to an issued or active approval. */
public final class ActiveApprovals {

  private final ProcessEngine engine;
  private final Staff staff;

  public ActiveApprovals(ProcessEngine engine) {
    this.engine = engine;
    this.staff = new Staff(engine.getIdentityService());
  }

  /** An approval the requester has acknowledged: active in the register. */
  public String active(String requester) {
    ProcessInstance instance = issued(requester);
    String number = number(instance);
    String acknowledge = task(instance, Elements.ACKNOWLEDGE_APPROVAL_COPY);
    staff.as(requester, () -> engine.getTaskService().complete(acknowledge, Map.of(Vars.ACKNOWLEDGED, true)));
    return number;
  }

  /** An approval that is numbered but not yet acknowledged, so not yet active. */
  public String issuedOnly(String requester) {
    return number(issued(requester));
  }

  private ProcessInstance issued(String requester) {
    Map<String, Object> memo = Map.of(Vars.PROPOSED_USAGE, "Profile photo in uniform", Vars.PURPOSE, "Recruiting",
        Vars.DEPICTIONS, "uniform", Vars.PLATFORM, "Facebook", Vars.URL, "https://social.example/" + requester);
    ProcessInstance instance = staff.as(requester,
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, memo));
    runJobs(instance);
    String decide = task(instance, Elements.DECIDE_ON_MEMO);
    staff.as("chief", () -> engine.getTaskService().complete(decide,
        Map.of(Vars.DECISION, DepictionApproval.Decisions.APPROVE, Vars.NOTATION, "Approved")));
    runJobs(instance);
    return instance;
  }

  private void runJobs(ProcessInstance instance) {
    engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  private String task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(key).singleResult().getId();
  }

  private String number(ProcessInstance instance) {
    return (String) engine.getRuntimeService().getVariable(instance.getId(), Vars.APPROVAL_NUMBER);
  }
}
