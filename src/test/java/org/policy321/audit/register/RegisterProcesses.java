package org.policy321.audit.register;

import static org.policy321.violation.ViolationReporting.Elements.DECIDE_DISCIPLINE;
import static org.policy321.violation.ViolationReporting.Elements.INVESTIGATE;
import static org.policy321.violation.ViolationReporting.Elements.PARTY_TASK;
import static org.policy321.violation.ViolationReporting.Elements.TRIAGE_REPORT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.policy321.approval.DepictionApproval;
import org.policy321.platform.identity.Roster;
import org.policy321.testing.Officers;
import org.policy321.testing.Staff;
import org.policy321.violation.PolicyScope;
import org.policy321.violation.ReportContent;
import org.policy321.violation.ViolationReporting;
import org.policy321.violation.ViolationReporting.PartyTask;
import org.policy321.violation.ViolationReporting.Vars;
import org.policy321.violation.anonymous.AnonymousReports;

/**
 * Depiction approval requests and violation cases for the registers' tests, made by the real processes as their
 * people work them (job executor off: asynchronous steps run here). Each test works on its own day in the past
 * ({@link #on}), so that the register of that day holds its rows only (test classes share one database).
 */
class RegisterProcesses {

  private final ProcessEngine engine;
  private final Roster roster;
  private final AnonymousReports anonymous;
  private final Staff staff;

  RegisterProcesses(ProcessEngine engine, Roster roster, AnonymousReports anonymous) {
    this.engine = engine;
    this.roster = roster;
    this.anonymous = anonymous;
    this.staff = new Staff(engine.getIdentityService());
  }

  /** Everything from now on happens at 10:00 UTC of the day (the engine clock, which the application reads too). */
  void on(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
  }

  String newOfficer(String firstName, String lastName) {
    return Officers.enlist(engine, roster, firstName, lastName, "supervisor");
  }

  // --- depiction approval (§III.E, §III.R) ----------------------------------------------------

  /** A memo sent and its memorandum written: the request waits for the Chief or a designee. */
  ProcessInstance submitMemo(String requester) {
    Map<String, Object> memo = new HashMap<>();
    memo.put(DepictionApproval.Vars.PROPOSED_USAGE, "A photograph of me in uniform on my recruiting blog");
    memo.put(DepictionApproval.Vars.PURPOSE, "Encourage young people to apply to the academy");
    memo.put(DepictionApproval.Vars.DEPICTIONS, "uniform");
    memo.put(DepictionApproval.Vars.PLATFORM, "Personal blog");
    memo.put(DepictionApproval.Vars.URL, "https://blog.example.org/join");
    memo.put(DepictionApproval.Vars.POSTING_UNTIL, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
        ZoneOffset.UTC).plusMonths(6).toString());
    ProcessInstance instance = staff.as(requester,
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, memo));
    runJobs(instance);
    return instance;
  }

  void decideMemo(ProcessInstance instance, String decider, String decision, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DepictionApproval.Vars.DECISION, decision);
    variables.put(DepictionApproval.Vars.NOTATION, "Decided for the register test");
    if (reason != null) {
      variables.put(DepictionApproval.Vars.DISAPPROVAL_REASON, reason);
    }
    complete(decider, task(instance, DepictionApproval.Elements.DECIDE_ON_MEMO), variables);
    runJobs(instance);
  }

  void withdrawMemo(ProcessInstance instance, String requester) {
    complete(requester, task(instance, DepictionApproval.Elements.WITHDRAW_REQUEST),
        Map.of(DepictionApproval.Vars.WITHDRAWAL_REASON, "No longer needed"));
    runJobs(instance);
  }

  /** The request's number as the register gives it: DR-{id}. */
  String requestNumber(ProcessInstance instance) {
    return "DR-" + engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(DepictionApproval.Vars.REQUEST_ID).singleResult().getValue();
  }

  // --- violation cases (§V) --------------------------------------------------------------------

  /** A named report about the employee, to Internal Affairs: a received case. */
  ProcessInstance reportNamed(String reporter, String subjectId) {
    Map<String, Object> report = new HashMap<>();
    report.put(Vars.SUBJECT, subjectId);
    report.put(Vars.PLACE_AND_TIME, "Public profile, late evening");
    report.put(Vars.CLAUSES, "§IV.G");
    report.put(Vars.WHAT_WAS_POSTED, "A post naming the victim in an open case");
    report.put(Vars.EVIDENCE_URL, "https://social.example/post/123");
    report.put(Vars.ENDANGERS, false);
    report.put(Vars.ROUTE_TO, "internal-affairs");
    ProcessInstance instance = staff.as(reporter,
        () -> engine.getRuntimeService().startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, report));
    runJobs(instance);
    return instance;
  }

  /** An anonymous report through the anonymous channel; its case number. */
  String reportAnonymously(String subjectId) {
    return anonymous.submit(new ReportContent(subjectId, "Public profile, at noon", "§IV.G",
        "A photograph of a crime scene", "https://social.example/post/456", null, false, "internal-affairs"))
        .caseNumber();
  }

  void triage(ProcessInstance instance, String outcome, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(more);
    variables.put(Vars.TRIAGE, outcome);
    if ("accept".equals(outcome)) {
      variables.put(Vars.POLICY_SCOPE, PolicyScope.IDENTIFIES_AS_EMPLOYEE.value);
    }
    complete("ia", task(instance, TRIAGE_REPORT), variables);
    runJobs(instance);
  }

  /** Accepted, the employee's statement given, found sustained, counseling decided and acknowledged: closed. */
  void sustainWithCounseling(ProcessInstance instance, String employee) {
    triage(instance, "accept", Map.of());
    runJobs(instance);
    complete(employee, partyTask(instance, PartyTask.ANSWER_ALLEGATION),
        Map.of(Vars.STATEMENT_GIVEN, "true", Vars.STATEMENT, "It was meant as a joke."));
    complete("ia", task(instance, INVESTIGATE), Map.of(Vars.INVESTIGATION_STEP, "finding", Vars.FINDING, "sustained",
        Vars.VIOLATED_CLAUSES, "§IV.G", Vars.VIOLATION_NATURE, "conduct", Vars.SEVERITY, "minor"));
    runJobs(instance);
    String effective = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC).plusDays(7)
        .toString();
    complete("chief", task(instance, DECIDE_DISCIPLINE), Map.of(Vars.DISCIPLINE, "counseling",
        Vars.EFFECTIVE_DATE, effective));
    runJobs(instance);
    complete(employee, partyTask(instance, PartyTask.ACKNOWLEDGE_DISCIPLINE), Map.of(Vars.ACKNOWLEDGED, "true"));
    runJobs(instance);
  }

  // --- driving the engine ----------------------------------------------------------------------

  private Task task(ProcessInstance instance, String element) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(element).singleResult();
    if (task == null) {
      throw new AssertionError("No open task " + element + " in " + instance.getBusinessKey());
    }
    return task;
  }

  private Task partyTask(ProcessInstance instance, PartyTask kind) {
    ProcessInstance party = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).processDefinitionKey(ViolationReporting.PARTY_PROCESS_KEY)
        .variableValueEquals(Vars.PARTY_TASK_KIND, kind.name()).singleResult();
    return engine.getTaskService().createTaskQuery().processInstanceId(party.getId())
        .taskDefinitionKey(PARTY_TASK).singleResult();
  }

  private void complete(String user, Task task, Map<String, Object> variables) {
    staff.as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  /** Runs the instance's due jobs (asynchronous steps: documents, notices) until none is left. */
  private void runJobs(ProcessInstance instance) {
    for (int round = 0; round < 20; round++) {
      var due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }

}
