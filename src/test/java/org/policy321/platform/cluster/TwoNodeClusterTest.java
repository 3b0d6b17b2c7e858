package org.policy321.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.policy321.approval.DepictionApproval.Elements;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.policy321.approval.DepictionApproval;
import org.policy321.approval.DepictionApproval.Decisions;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredDocument;

/**
 * Two nodes, one database (issue 6; README "Running a cluster"): two instances of the application,
 * each a Spring context with its own process engine and job executor (both on), on one PostgreSQL,
 * as two servers behind a load balancer. It proves that
 * <ol>
 *   <li>the second node starts against the schema and deployment the first one made, and adds no
 *       second version of the processes;</li>
 *   <li>a case started on node 1 is worked on node 2: the memo submitted on node 1 is decided by the
 *       Chief on node 2 (§III.R);</li>
 *   <li>a due timer fires exactly once across both nodes, although both job executors look for it: the
 *       decision escalation (P5D) leaves one reminder and one successful job per case;</li>
 *   <li>when node 1 stops in the middle — cases at every stage, jobs it left in the database, some
 *       perhaps locked by it — node 2 runs every one of those jobs and carries every running case on to
 *       its end, and no document is written twice.</li>
 * </ol>
 * The steps run in order on the same two nodes; the last one stops node 1. Both nodes share this
 * JVM's engine clock ({@link ClockUtil} is static), as NTP keeps real servers' clocks together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class TwoNodeClusterTest {

  /** Past the decision deadline (P5D in application.yaml). */
  private static final Duration PAST_DECISION_DEADLINE = Duration.ofDays(5).plusMinutes(1);

  private SharedPostgres database;
  private ClusterNode node1;
  private ClusterNode node2;

  @BeforeAll
  void startTwoNodesOnOneDatabase() {
    // The pom's second Surefire run (profile pg-test) repeats the process tests on PostgreSQL; it only
    // reaches this class when -Dtest names it. This test is on PostgreSQL already: once is enough.
    assumeFalse(String.valueOf(System.getProperty("spring.profiles.include")).contains("pg-test"),
        "runs on its own PostgreSQL in the default test run");
    database = SharedPostgres.start();
    // One after the other, as README says: the first creates the schemas and deploys, the second joins.
    node1 = ClusterNode.start("node-1", database.jdbcUrl());
    node2 = ClusterNode.start("node-2", database.jdbcUrl());
  }

  @AfterAll
  void stopNodesAndDatabase() throws Exception {
    ClockUtil.reset();
    try (SharedPostgres db = database; ClusterNode second = node2; ClusterNode first = node1) {
      // closed in reverse order: the nodes, then the database
    }
  }

  @Test
  @Order(1)
  void secondNodeJoinsTheFirstNodesSchemaAndDeployment() {
    assertThat(node1.configuration().getJobExecutor().isActive()).as("job executor on node 1").isTrue();
    assertThat(node2.configuration().getJobExecutor().isActive()).as("job executor on node 2").isTrue();
    assertThat(node1.engine().getName()).isNotEqualTo(node2.engine().getName());

    var repository = node2.engine().getRepositoryService();
    assertThat(repository.createDeploymentQuery().count())
        .as("node 2 found the same resources deployed and deployed nothing").isEqualTo(1);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(DepictionApproval.PROCESS_KEY).count())
        .isEqualTo(1);
    assertThat(node2.engine().getIdentityService().createUserQuery().userId("chief").count())
        .as("the demo users, seeded once").isEqualTo(1);
  }

  @Test
  @Order(2)
  void memoSubmittedOnNodeOneIsDecidedOnNodeTwo() {
    DepictionCases onNode1 = new DepictionCases(node1);
    DepictionCases onNode2 = new DepictionCases(node2);

    String pi = onNode1.submit("employee");
    Task decision = onNode2.awaitTask(pi, Elements.DECIDE_ON_MEMO);
    onNode2.decide(decision, Decisions.APPROVE);

    HistoryService historyOnNode1 = node1.engine().getHistoryService();
    var completed = historyOnNode1.createHistoricTaskInstanceQuery().taskId(decision.getId()).singleResult();
    assertThat(completed.getEndTime()).as("node 1 sees the task node 2 completed").isNotNull();
    assertThat(completed.getAssignee()).isEqualTo("chief");
    assertThat(historyOnNode1.createHistoricVariableInstanceQuery().processInstanceId(pi)
        .variableName(DepictionApproval.Vars.NOTATION).singleResult().getValue()).isEqualTo("Decided on node-2");
    // and the case goes on across the cluster: the copy job runs on either node, the requester acknowledges on node 1
    onNode1.carryToEnd(pi);
    assertThat(historyOnNode1.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId(Elements.MEMO_APPROVED).finished().count()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void dueTimerFiresExactlyOnceAcrossBothNodes() {
    DepictionCases onNode1 = new DepictionCases(node1);
    List<String> cases = List.of(onNode1.submit("employee"), new DepictionCases(node2).submit("employee2"),
        onNode1.submit("employee"));
    cases.forEach(pi -> onNode1.awaitTask(pi, Elements.DECIDE_ON_MEMO));
    assertThat(overdueTimers(cases)).as("one escalation timer per case, not yet due").hasSize(3)
        .allSatisfy(job -> assertThat(job.getDuedate()).isInTheFuture());

    try {
      ClockUtil.offset(PAST_DECISION_DEADLINE.toMillis());
      await("escalation of every case").atMost(DepictionCases.STEP_TIMEOUT).pollInterval(Duration.ofMillis(100))
          .until(() -> overdueTimers(cases).isEmpty() && cases.stream().allMatch(this::escalated));
      // Both job executors keep polling; give a second firing every chance to show.
      await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> overdueTimers(cases).isEmpty());
    } finally {
      ClockUtil.reset();
    }

    HistoryService history = node1.engine().getHistoryService();
    Set<String> firedOn = new TreeSet<>();
    for (String pi : cases) {
      Task decision = onNode1.task(pi, Elements.DECIDE_ON_MEMO);
      assertThat(node1.engine().getTaskService().getTaskComments(decision.getId())).as("one reminder on %s", pi)
          .hasSize(1);
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi)
          .activityId(Elements.ESCALATE_DECISION).count()).as("escalated once: %s", pi).isEqualTo(1);
      List<HistoricJobLog> successes = history.createHistoricJobLogQuery().processInstanceId(pi)
          .activityIdIn(Elements.DECISION_OVERDUE).successLog().list();
      assertThat(successes).as("the timer of %s ran successfully once", pi).hasSize(1);
      firedOn.add(successes.get(0).getHostname());
    }
    assertThat(firedOn).as("the nodes that ran the timers").isNotEmpty().isSubsetOf("node-1", "node-2");
  }

  @Test
  @Order(4)
  void whenNodeOneStopsNodeTwoCarriesEveryRunningCaseOnToItsEnd() {
    DepictionCases onNode1 = new DepictionCases(node1);
    String awaitingDecision = onNode1.submit("employee");
    String approved = onNode1.submit("employee2");
    String disapproved = onNode1.submit("employee");
    onNode1.decide(onNode1.awaitTask(approved, Elements.DECIDE_ON_MEMO), Decisions.APPROVE);
    onNode1.decide(onNode1.awaitTask(disapproved, Elements.DECIDE_ON_MEMO), Decisions.DISAPPROVE);
    onNode1.awaitTask(awaitingDecision, Elements.DECIDE_ON_MEMO);
    String justSubmitted = onNode1.submit("employee2");

    node1.close(); // in the middle: copy, letter and memorandum jobs just created, perhaps taken by node 1

    assertThat(node1.isRunning()).isFalse();
    DepictionCases onNode2 = new DepictionCases(node2);
    var runtime = node2.engine().getRuntimeService();
    List<String> running = runtime.createProcessInstanceQuery().processDefinitionKey(DepictionApproval.PROCESS_KEY)
        .list().stream().map(instance -> instance.getId()).toList();
    assertThat(running).as("this step's cases, with those the earlier steps left at the decision")
        .contains(awaitingDecision, approved, disapproved, justSubmitted);
    List<String> leftByNode1 = node2.engine().getManagementService().createJobQuery()
        .processDefinitionKey(DepictionApproval.PROCESS_KEY).list().stream().map(Job::getId).toList();
    assertThat(leftByNode1).as("at least the escalation timer of the case awaiting the decision").isNotEmpty();

    // Node 2 runs what node 1 left (locked jobs once their lock expires), then the timers come due.
    await("node 2 runs the jobs node 1 left").atMost(DepictionCases.STEP_TIMEOUT).pollInterval(Duration.ofMillis(200))
        .until(() -> dueJobs(leftByNode1), empty());
    try {
      ClockUtil.offset(PAST_DECISION_DEADLINE.toMillis());
      await("node 2 fires the timers node 1 left").atMost(DepictionCases.STEP_TIMEOUT)
          .pollInterval(Duration.ofMillis(200)).until(() -> stillThere(leftByNode1), empty());
    } finally {
      ClockUtil.reset();
    }
    running.forEach(onNode2::carryToEnd);

    HistoryService history = node2.engine().getHistoryService();
    for (String jobId : leftByNode1) {
      assertThat(history.createHistoricJobLogQuery().jobId(jobId).successLog().list())
          .as("job %s left by node 1 ran once, on node 2", jobId)
          .singleElement().extracting(HistoricJobLog::getHostname).isEqualTo("node-2");
    }
    DocumentService documents = node2.bean(DocumentService.class);
    for (String pi : running) {
      assertThat(onNode2.isEnded(pi)).isTrue();
      boolean approvedCase = history.createHistoricActivityInstanceQuery().processInstanceId(pi)
          .activityId(Elements.MEMO_APPROVED).count() == 1;
      List<String> types = documents.findByProcessInstance(pi).stream().map(StoredDocument::documentType).toList();
      assertThat(types).as("the documents of %s, each written once", pi)
          .containsExactlyInAnyOrder("MEMORANDUM", approvedCase ? "APPROVAL_COPY" : "DISAPPROVAL_LETTER");
    }
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(disapproved)
        .activityId(Elements.MEMO_DISAPPROVED).count()).isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DepictionApproval.PROCESS_KEY).count())
        .as("no depiction approval left running").isZero();
  }

  private List<Job> overdueTimers(List<String> cases) {
    var jobs = node1.engine().getManagementService();
    List<Job> timers = new ArrayList<>();
    for (String pi : cases) {
      timers.addAll(jobs.createJobQuery().processInstanceId(pi).timers().list());
    }
    return timers;
  }

  private boolean escalated(String pi) {
    return node1.engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId(Elements.ESCALATE_DECISION).finished().count() > 0;
  }

  /** Of the given jobs, those still in the database and due now (not the timers of the future). */
  private List<Job> dueJobs(List<String> jobIds) {
    return stillThere(jobIds).stream()
        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime())).toList();
  }

  private List<Job> stillThere(List<String> jobIds) {
    var jobs = node2.engine().getManagementService();
    return jobIds.stream().map(id -> jobs.createJobQuery().jobId(id).singleResult())
        .filter(job -> job != null).collect(Collectors.toList());
  }
}
