package org.policy321.violation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.policy321.violation.ViolationReporting.Elements;
import static org.policy321.violation.ViolationReporting.Vars;

import org.policy321.violation.anonymous.AnonymousReports;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.policy321.testing.Officers;
import org.policy321.testing.ProcessScenario;
import org.policy321.violation.ViolationReporting.PartyTask;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole application, job executor off: reports walked through violation-report by its people. */
abstract class ViolationTestSupport extends ProcessScenario {

  @Autowired ViolationCases cases;
  @Autowired AnonymousReports anonymous;
  @Autowired org.policy321.platform.identity.Roster roster;

  /**
   * A new officer on the roster, so that each test's reports are the only ones about them (the
   * Spring context, and its database, is shared by the test classes; early intervention counts).
   */
  String newOfficer(String firstName, String lastName) {
    return Officers.enlist(engine, roster, firstName, lastName, "supervisor");
  }

  /** A complete report about the employee, as the Tasklist start form sends it. */
  static Map<String, Object> report(String subject, String routeTo, boolean endangers) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.SUBJECT, subject);
    variables.put(Vars.PLACE_AND_TIME, "Public profile, 2026-11-20 around 22:00");
    variables.put(Vars.CLAUSES, "§IV.G");
    variables.put(Vars.WHAT_WAS_POSTED, "A post naming the victim in an open sexual assault case");
    variables.put(Vars.EVIDENCE_URL, "https://social.example/post/123");
    variables.put(Vars.ENDANGERS, endangers);
    variables.put(Vars.ROUTE_TO, routeTo);
    return variables;
  }

  ProcessInstance reportNamed(String reporter, Map<String, Object> variables) {
    return staff.as(reporter, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ViolationReporting.PROCESS_KEY, variables));
  }

  ProcessInstance reportAnonymously(Map<String, Object> variables, List<String> receiptOut) {
    AnonymousReports.Submitted submitted = anonymous.submit(new ReportContent((String) variables.get(Vars.SUBJECT),
        (String) variables.get(Vars.PLACE_AND_TIME), (String) variables.get(Vars.CLAUSES),
        (String) variables.get(Vars.WHAT_WAS_POSTED), (String) variables.get(Vars.EVIDENCE_URL), null,
        (Boolean) variables.get(Vars.ENDANGERS), (String) variables.get(Vars.ROUTE_TO)));
    receiptOut.add(submitted.receiptCode());
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(submitted.caseNumber()).singleResult();
  }

  Task task(ProcessInstance instance, String element) {
    assertThat(instance).isWaitingAt(element);
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(element).singleResult();
  }

  /** The named reporter's open question (violation-reporter-task, called by the case). */
  Task reporterQuestion(ProcessInstance instance) {
    ProcessInstance asked = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).processDefinitionKey(ViolationReporting.REPORTER_PROCESS_KEY)
        .singleResult();
    return engine.getTaskService().createTaskQuery().processInstanceId(asked.getId())
        .taskDefinitionKey(Elements.ANSWER_INVESTIGATOR_QUESTION).singleResult();
  }

  /** The named reporter's open notices about the case, in Tasklist (violation-reporter-task), oldest first. */
  List<Task> notices(String reporter, String caseNumber) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(ViolationReporting.REPORTER_PROCESS_KEY)
        .taskDefinitionKey(Elements.READ_NOTICE).processInstanceBusinessKey(caseNumber).taskAssignee(reporter)
        .orderByTaskCreateTime().asc().list();
  }

  String noticeText(Task notice) {
    return (String) engine.getTaskService().getVariable(notice.getId(), Vars.NOTICE);
  }

  /** The open task of the party process a call activity of the case started (the employee concerned's). */
  Task partyTask(ProcessInstance instance) {
    ProcessInstance party = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).processDefinitionKey(ViolationReporting.PARTY_PROCESS_KEY)
        .singleResult();
    return engine.getTaskService().createTaskQuery().processInstanceId(party.getId())
        .taskDefinitionKey(Elements.PARTY_TASK).singleResult();
  }

  /** The open task of one kind of the employee concerned's, when they have several (a take-down and the allegation). */
  Task partyTask(ProcessInstance instance, PartyTask kind) {
    ProcessInstance party = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).processDefinitionKey(ViolationReporting.PARTY_PROCESS_KEY)
        .variableValueEquals(Vars.PARTY_TASK_KIND, kind.name()).singleResult();
    return engine.getTaskService().createTaskQuery().processInstanceId(party.getId())
        .taskDefinitionKey(Elements.PARTY_TASK).singleResult();
  }

  void complete(String user, Task task, Map<String, Object> variables) {
    staff.as(user, () -> {
      if (task.getAssignee() == null) {
        engine.getTaskService().claim(task.getId(), user);
      }
      engine.getTaskService().complete(task.getId(), variables);
    });
  }

  /** Triage; an acceptance says why the policy applies (a personal account identifying as an employee) unless given. */
  void triage(ProcessInstance instance, String user, String outcome, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(more);
    variables.put(Vars.TRIAGE, outcome);
    if ("accept".equals(outcome)) {
      variables.putIfAbsent(Vars.POLICY_SCOPE, PolicyScope.IDENTIFIES_AS_EMPLOYEE.value);
    }
    complete(user, task(instance, Elements.TRIAGE_REPORT), variables);
  }

  /** Claims the investigation (the reporter hears it is assigned) and completes one step. */
  void investigate(ProcessInstance instance, String step, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(more);
    variables.put(Vars.INVESTIGATION_STEP, step);
    complete("ia", task(instance, Elements.INVESTIGATE), variables);
  }

  /**
   * Due process (§V.B): the notice of allegation is issued (an asynchronous step after the acceptance) and the
   * employee concerned answers it with a written statement, so that the investigator may record the finding.
   */
  void giveStatement(ProcessInstance instance, String employee, String statement) {
    runStep(instance, Elements.ISSUE_NOTICE_OF_ALLEGATION);
    complete(employee, partyTask(instance, PartyTask.ANSWER_ALLEGATION),
        Map.of(Vars.STATEMENT_GIVEN, "true", Vars.STATEMENT, statement));
  }

  /** The notice of allegation is issued and its statement deadline (policy.violation.statement-deadline, P10D) passes. */
  void letStatementTimeElapse(ProcessInstance instance) {
    runStep(instance, Elements.ISSUE_NOTICE_OF_ALLEGATION);
    fire(instance, Elements.STATEMENT_TIME_ELAPSED, Duration.ofDays(10).plusMinutes(1));
  }

  void findSustained(ProcessInstance instance, String nature, String severity) {
    investigate(instance, "finding", Map.of(Vars.FINDING, "sustained", Vars.VIOLATED_CLAUSES, "§IV.G",
        Vars.VIOLATION_NATURE, nature, Vars.SEVERITY, severity, Vars.INVESTIGATION_NOTES, "Post confirmed"));
  }

  /** Moves the engine clock on and runs the timer (or asynchronous step) of the element. */
  void fire(ProcessInstance instance, String element, Duration later) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(later)));
    execute(job(element, instance));
  }

  void runStep(ProcessInstance instance, String element) {
    fire(instance, element, Duration.ZERO);
  }

  ViolationReport caseOf(ProcessInstance instance) {
    return cases.get(((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(Vars.REPORT_ID).singleResult().getValue()).longValue());
  }

  List<String> correspondence(ProcessInstance instance, CorrespondenceKind kind) {
    return caseOf(instance).correspondence().stream().filter(c -> c.kind() == kind).map(ReportCorrespondence::text).toList();
  }
}
