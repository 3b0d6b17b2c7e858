package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.file;
import static org.policy321.platform.rest.EngineRest.string;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval.Elements;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The depiction approval through {@code /engine-rest}, as the demo users call it with HTTP basic:
 * who may start, see and decide a request, and what the REST API refuses and says.
 * Jobs run by hand (the job executor is off in the test profile).
 *
 * <p>Refused input (InvalidInputException, a BadUserRequestException) answers <b>400</b> with the
 * application's own sentence as the message, in Camunda's error shape
 * ({@code {"type":"InvalidInputException","message":...}}), not Camunda's 500 with its wrappers
 * ("Cannot complete task ...: ENGINE-03051 ... TaskListener ..."); see
 * {@code platform/rest/RefusedInput}. Other engine errors answer as Camunda answers them.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class DepictionApprovalRestTest {

  private static final String KEY = DepictionApproval.PROCESS_KEY;
  private static final String START = "/process-definition/key/" + KEY + "/start";
  private static final int TEN_MB = 10 * 1024 * 1024;
  /** What the REST API answers for refused input; see the class comment. */
  private static final int REFUSED = 400;

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  private EngineRest rest;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(processEngine);
    rest = new EngineRest(template);
  }

  // --- who sees a request ----------------------------------------------------------------------

  @Test
  void employeeCannotReadAnotherEmployeesRequest_butReadsTheirOwn() {
    Map<String, Object> memo = memo();
    String pi = startMemo("employee", memo);
    runMemoJob(pi);
    String withdrawTask = task(pi, Elements.WITHDRAW_REQUEST).getId();

    assertThat(rest.get("employee2", "/process-instance/" + pi + "/variables").status()).isEqualTo(403);
    Reply othersTasks = rest.get("employee2", "/task?processInstanceId=" + pi);
    assertThat(othersTasks.status()).isEqualTo(200);
    assertThat(othersTasks.json()).isEmpty();
    assertThat(rest.get("employee2", "/task/" + withdrawTask + "/variables").status()).isIn(403, 404);

    Reply ownVariables = rest.get("employee", "/process-instance/" + pi + "/variables");
    assertThat(ownVariables.status()).isEqualTo(200);
    assertThat(ownVariables.json().path(Vars.PURPOSE).path("value").asText()).isEqualTo(valueOf(memo, Vars.PURPOSE));
    Reply ownTasks = rest.get("employee", "/task?processInstanceId=" + pi);
    assertThat(ownTasks.status()).isEqualTo(200);
    assertThat(ids(ownTasks.json())).containsExactly(withdrawTask);
  }

  // --- what a memo must contain (§III.E) -------------------------------------------------------

  @Test
  void memoWithoutProposedUsageIsRefusedAndNothingStarts_IIIE1() {
    Map<String, Object> memo = memo();
    memo.remove(Vars.PROPOSED_USAGE);

    Reply reply = refusedStart("employee", memo);

    assertThat(reply.message()).contains("proposed usage").contains("§III.E");
  }

  @Test
  void memoWithoutPurposeIsRefusedAndNothingStarts_IIIE2() {
    Map<String, Object> memo = memo();
    memo.remove(Vars.PURPOSE);
    assertThat(refusedStart("employee", memo).message()).contains("purpose").contains("§III.E");

    memo.put(Vars.PURPOSE, string("   "));
    assertThat(refusedStart("employee", memo).message()).as("blank counts as missing")
        .contains("purpose").contains("§III.E");
  }

  @Test
  void postingPeriodInThePastBothNeitherOrUnparseableIsRefusedAndNothingStarts_IIIR() {
    String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
    Map<String, Object> memo = memo();
    memo.put(Vars.POSTING_UNTIL, string(yesterday));
    assertThat(refusedStart("employee", memo).message())
        .isEqualTo("The posting period cannot end in the past (" + yesterday + "); give today or a later date, or "
            + "\"open-ended\" (§III.R).");

    memo.put(Vars.POSTING_UNTIL, string("31/12/2027"));
    assertThat(refusedStart("employee", memo).message())
        .isEqualTo("\"31/12/2027\" is not a date; give the last day of the posting as YYYY-MM-DD, e.g. 2027-06-30 (§III.R).");

    memo.put(Vars.POSTING_UNTIL, string(DepictionApprovalTestSupport.POSTING_UNTIL.toString()));
    memo.put(Vars.POSTING_OPEN_ENDED, Map.of("value", true, "type", "Boolean"));
    assertThat(refusedStart("employee", memo).message()).contains("not both", "§III.R");

    memo.remove(Vars.POSTING_UNTIL);
    memo.remove(Vars.POSTING_OPEN_ENDED);
    assertThat(refusedStart("employee", memo).message()).contains("Say until when the posting stays up", "§III.R");
  }

  @Test
  void layoutThatIsNotPdfPngOrJpegByContentIsRefused_IIIE3() {
    byte[] executable = ("MZ\u0090\u0000 this program cannot be run in DOS mode").getBytes(StandardCharsets.ISO_8859_1);
    Map<String, Object> memo = memo();
    memo.put(Vars.LAYOUT, file("layout.pdf", "application/pdf", executable));

    Reply reply = refusedStart("employee", memo);

    assertThat(reply.message()).contains("layout.pdf").contains("not a PDF, PNG or JPEG");
  }

  @Test
  void layoutOverTenMegabytesIsRefused_IIIE3() {
    byte[] big = new byte[TEN_MB + 1];
    Arrays.fill(big, (byte) ' ');
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
    Map<String, Object> memo = memo();
    memo.put(Vars.LAYOUT, file("big.pdf", "application/pdf", big));

    Reply reply = refusedStart("employee", memo);

    assertThat(reply.message()).contains("big.pdf").contains("the limit is 10 MB");
  }

  @Test
  void layoutThatIsARealPngIsAccepted_IIIE3() throws IOException {
    Map<String, Object> memo = memo();
    memo.put(Vars.LAYOUT, file("layout.png", "image/png", png()));

    String pi = startMemo("employee", memo);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(pi, Vars.LAYOUT_DIGEST)).isNotNull();
  }

  @Test
  void otherRestErrorsKeepCamundasAnswer_unknownProcessKeyIs404() {
    Reply reply = rest.post("employee", "/process-definition/key/no-such-process/start", withVariables(memo()));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
    assertThat(reply.json().path("type").asText()).isEqualTo("RestException");
    assertThat(reply.message()).contains("no-such-process");
  }

  // --- who may decide, and what an auditor may do ----------------------------------------------

  @Test
  void onlyChiefOrDesigneeMayDecide_employeeAndAuditorGet403_IIIR() {
    String pi = startMemo("employee", memo());
    runMemoJob(pi);
    String decideTask = task(pi, Elements.DECIDE_ON_MEMO).getId();
    Map<String, Object> approve = decision("approve", "Approved by someone who may not.");

    Reply byEmployee = rest.post("employee", "/task/" + decideTask + "/complete", approve);
    assertThat(byEmployee.status()).as(byEmployee.toString()).isEqualTo(403);
    assertThat(byEmployee.json().path("type").asText()).isEqualTo("AuthorizationException");
    Reply byAuditor = rest.post("auditor", "/task/" + decideTask + "/complete", approve);
    assertThat(byAuditor.status()).as(byAuditor.toString()).isEqualTo(403);
    assertThat(byAuditor.json().path("type").asText()).isEqualTo("AuthorizationException");

    assertThat(taskService.createTaskQuery().taskId(decideTask).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(pi, Vars.DECISION)).isNull();
  }

  @Test
  void aDesigneeCannotTakeOrDecideTheirOwnMemo_butTheChiefTakesOverAClaimedOne_IIIR() {
    String own = startMemo("designee", memo());
    runMemoJob(own);
    String ownTask = task(own, Elements.DECIDE_ON_MEMO).getId();

    Reply claim = rest.post("designee", "/task/" + ownTask + "/claim", Map.of("userId", "designee"));
    Reply decide = rest.post("designee", "/task/" + ownTask + "/complete", decision("approve", "Fine by me."));

    for (Reply reply : List.of(claim, decide)) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(REFUSED);
      assertThat(reply.message()).contains("This is your own request").contains("The Chief of Police or another designee");
    }
    assertThat(taskService.createTaskQuery().taskId(ownTask).singleResult().getAssignee()).isNull();
    assertThat(runtimeService.getVariable(own, Vars.DECISION)).isNull();

    String other = startMemo("employee", memo());
    runMemoJob(other);
    String claimedTask = task(other, Elements.DECIDE_ON_MEMO).getId();
    assertThat(rest.post("designee", "/task/" + claimedTask + "/claim", Map.of("userId", "designee")).status()).isEqualTo(204);
    assertThat(rest.post("employee", "/task/" + claimedTask + "/assignee", Map.of("userId", "employee")).status())
        .isEqualTo(403);

    Reply takeOver = rest.post("chief", "/task/" + claimedTask + "/assignee", Map.of("userId", "chief"));
    assertThat(takeOver.status()).as(takeOver.toString()).isEqualTo(204);
    Reply decided = rest.post("chief", "/task/" + claimedTask + "/complete", decision("approve", "Approved."));
    assertThat(decided.status()).as(decided.toString()).isEqualTo(204);
    assertThat(runtimeService.getVariable(other, Vars.DECIDED_BY)).isEqualTo("chief");
  }

  /**
   * Issue 17: the Chief and designees read the memo, and download the memorandum and the layout, from the decision
   * task they have not claimed (Tasklist reads a task's files through the task); nobody else reaches them that way.
   */
  @Test
  void candidateDecidersReadTheMemorandumAndLayoutBeforeClaiming_othersGetNothing_IIIE_IIIR() throws IOException {
    Map<String, Object> memo = memo();
    byte[] layout = png();
    memo.put(Vars.LAYOUT, file("poster.png", "image/png", layout));
    String pi = startMemo("employee", memo);
    runMemoJob(pi);
    String decideTask = task(pi, Elements.DECIDE_ON_MEMO).getId();
    String taskPath = "/task/" + decideTask;

    for (String candidate : List.of("chief", "designee")) {
      Reply variables = rest.get(candidate, taskPath + "/form-variables");
      assertThat(variables.status()).as(candidate + ": " + variables).isEqualTo(200);
      assertThat(variables.json().path(Vars.PURPOSE).path("value").asText()).isEqualTo(valueOf(memo, Vars.PURPOSE));
      assertThat(variables.json().path(Vars.MEMORANDUM).path("type").asText()).isEqualTo("File");
      ResponseEntity<byte[]> memorandum = rest.getBytes(candidate, taskPath + "/variables/" + Vars.MEMORANDUM + "/data");
      assertThat(memorandum.getStatusCode().value()).as(candidate).isEqualTo(200);
      assertThat(memorandum.getBody()).isNotNull().startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
      ResponseEntity<byte[]> original = rest.getBytes(candidate, taskPath + "/variables/" + Vars.LAYOUT + "/data");
      assertThat(original.getStatusCode().value()).as(candidate).isEqualTo(200);
      assertThat(original.getBody()).isEqualTo(layout);
    }
    assertThat(taskService.createTaskQuery().taskId(decideTask).singleResult().getAssignee())
        .as("reading claims nothing").isNull();

    for (String outsider : List.of("employee2", "supervisor", "ia", "auditor")) {
      Reply listed = rest.get(outsider, "/task?processInstanceId=" + pi);
      assertThat(listed.status()).as(outsider).isIn(200, 403);
      if (listed.status() == 200) {
        assertThat(listed.json()).as(outsider + " sees no task of the memo").isEmpty();
      }
      assertThat(rest.get(outsider, taskPath + "/variables").status()).as(outsider).isIn(403, 404);
      assertThat(rest.get(outsider, taskPath + "/form-variables").status()).as(outsider).isIn(403, 404);
      for (String document : List.of(Vars.MEMORANDUM, Vars.LAYOUT)) {
        assertThat(rest.getBytes(outsider, taskPath + "/variables/" + document + "/data").getStatusCode().value())
            .as(outsider + " downloads " + document + " through the task").isIn(403, 404);
        assertThat(rest.getBytes(outsider, "/process-instance/" + pi + "/variables/" + document + "/data")
            .getStatusCode().value()).as(outsider + " downloads " + document + " through the case").isIn(403, 404);
      }
    }
  }

  /**
   * Issue 17: the acknowledgement form names who decided from {@code decidedByName}, which the process sets from the
   * roster; a decider who sends it along with the decision is refused, and the name is theirs, not the one sent.
   */
  @Test
  void whoDecidedIsNamedFromTheRoster_aDeciderCannotSendAnotherName_IIIR() {
    String pi = startMemo("employee", memo());
    runMemoJob(pi);
    String decideTask = task(pi, Elements.DECIDE_ON_MEMO).getId();
    Map<String, Object> forged = new LinkedHashMap<>();
    forged.put(Vars.DECISION, string("approve"));
    forged.put(Vars.NOTATION, string("Approved."));
    forged.put(Vars.DECIDED_BY_NAME, string("Chief of Police Margaret Holloway"));

    Reply refused = rest.post("designee", "/task/" + decideTask + "/complete", withVariables(forged));

    assertRefused(refused);
    assertThat(refused.message()).contains(Vars.DECIDED_BY_NAME);
    assertDecisionStillOpen(pi, decideTask);
    assertThat(rest.post("designee", "/task/" + decideTask + "/complete", decision("approve", "Approved.")).status())
        .isEqualTo(204);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi).singleResult().getId());
    assertThat(runtimeService.getVariable(pi, Vars.DECIDED_BY_NAME)).isEqualTo("Deputy Chief Daniel Okafor");
  }

  /** Issue 17: the API, unlike Tasklist, lets any candidate complete; a decision someone holds is theirs to make. */
  @Test
  void aDesigneeCannotCompleteADecisionTheChiefHolds_IIIR() {
    String pi = startMemo("employee", memo());
    runMemoJob(pi);
    String decideTask = task(pi, Elements.DECIDE_ON_MEMO).getId();
    assertThat(rest.post("chief", "/task/" + decideTask + "/claim", Map.of("userId", "chief")).status()).isEqualTo(204);

    Reply reply = rest.post("designee", "/task/" + decideTask + "/complete", decision("approve", "Approved."));

    assertRefused(reply);
    assertThat(reply.message()).isEqualTo("This decision is held by Chief of Police Margaret Holloway: only they "
        + "complete it, unless the Chief takes it over (§III.R). Nothing was changed.");
    assertDecisionStillOpen(pi, decideTask);
    assertThat(taskService.createTaskQuery().taskId(decideTask).singleResult().getAssignee()).isEqualTo("chief");
  }

  @Test
  void auditorReadsHistoryOnly_noRuntimeVariablesAndNoStart() {
    String pi = startMemo("employee", memo());
    runMemoJob(pi);

    Reply history = rest.get("auditor", "/history/process-instance?processDefinitionKey=" + KEY);
    assertThat(history.status()).isEqualTo(200);
    assertThat(ids(history.json())).contains(pi);

    assertThat(rest.get("auditor", "/process-instance/" + pi + "/variables").status()).isEqualTo(403);

    long before = instancesOfKey();
    assertThat(rest.post("auditor", START, withVariables(memo())).status()).isEqualTo(403);
    assertThat(instancesOfKey()).isEqualTo(before);
  }

  // --- what a decision must contain (§III.R) ---------------------------------------------------

  @Test
  void inquiryWithoutNotationIsRefusedAndTaskStaysOpen_IIIR() {
    String pi = startMemo("employee", memo());
    runMemoJob(pi);
    String decideTask = task(pi, Elements.DECIDE_ON_MEMO).getId();

    Reply reply = rest.post("designee", "/task/" + decideTask + "/complete", decision("inquire", null));

    assertRefused(reply);
    assertThat(reply.message()).contains("notation");
    assertDecisionStillOpen(pi, decideTask);
  }

  @Test
  void decisionOtherThanApproveDisapproveOrInquireIsRefused_IIIR() {
    String pi = startMemo("employee", memo());
    runMemoJob(pi);
    String decideTask = task(pi, Elements.DECIDE_ON_MEMO).getId();

    Reply reply = rest.post("designee", "/task/" + decideTask + "/complete", decision("maybe", "Perhaps."));

    assertRefused(reply);
    assertThat(reply.message()).contains("approve, disapprove or inquire").contains("\"maybe\"");
    assertDecisionStillOpen(pi, decideTask);
  }

  @Test
  void decisionCanBeCompletedOnlyOnce_secondCompletionFailsAndProcessContinuesOnce_IIIR() {
    String pi = startMemo("employee", memo());
    runMemoJob(pi);
    String decideTask = task(pi, Elements.DECIDE_ON_MEMO).getId();

    Reply first = rest.post("chief", "/task/" + decideTask + "/complete", decision("approve", "Approved as described."));
    assertThat(first.status()).as(first.toString()).isEqualTo(204);

    // The task is gone: 404 with a sentence for the person who clicked twice, not Camunda's 500.
    Reply second = rest.post("chief", "/task/" + decideTask + "/complete", decision("approve", "Approved twice?"));
    assertThat(second.status()).as(second.toString()).isEqualTo(404);
    assertThat(second.json().path("type").asText()).isEqualTo("TaskNotFound");
    assertThat(second.message()).startsWith("This task is no longer open").contains("Nothing was changed");

    assertThat(managementService.createJobQuery().processInstanceId(pi).list())
        .extracting(this::activityOf).containsExactly(Elements.ISSUE_APPROVAL_COPY);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId(Elements.DECIDE_ON_MEMO).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(pi, Vars.NOTATION)).isEqualTo("Approved as described.");
    assertThat(runtimeService.getVariable(pi, Vars.DECIDED_BY)).isEqualTo("chief");
  }

  @Test
  void requesterDownloadsTheApprovalCopyAsPdf_IIIR() {
    String pi = startMemo("employee", memo());
    runMemoJob(pi);
    String decideTask = task(pi, Elements.DECIDE_ON_MEMO).getId();
    assertThat(rest.post("designee", "/task/" + decideTask + "/complete",
        decision("approve", "Approved for the charity run posting.")).status()).isEqualTo(204);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi).singleResult().getId());

    ResponseEntity<byte[]> copy = rest.getBytes("employee", "/process-instance/" + pi + "/variables/approvalCopy/data");

    assertThat(copy.getStatusCode().value()).isEqualTo(200);
    assertThat(copy.getHeaders().getContentType()).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue());
    assertThat(copy.getBody()).isNotNull().startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    assertThat(rest.getBytes("employee2", "/process-instance/" + pi + "/variables/approvalCopy/data")
        .getStatusCode().value()).isEqualTo(403);
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A complete memo; the purpose carries a marker so the instance can be told apart. */
  private Map<String, Object> memo() {
    String marker = UUID.randomUUID().toString();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.PROPOSED_USAGE, string("A photograph of me in uniform at the charity run."));
    variables.put(Vars.PURPOSE, string("Fundraising page of the charity run " + marker));
    variables.put(Vars.PLATFORM, string("Facebook"));
    variables.put(Vars.URL, string("https://example.org/charity-run"));
    variables.put(Vars.DEPICTIONS, string("uniform,badge"));
    variables.put(Vars.POSTING_UNTIL, string(DepictionApprovalTestSupport.POSTING_UNTIL.toString()));
    return variables;
  }

  private static Object valueOf(Map<String, Object> variables, String name) {
    return ((Map<?, ?>) variables.get(name)).get("value");
  }

  private static Map<String, Object> decision(String decision, String notation) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.DECISION, string(decision));
    if (notation != null) {
      variables.put(Vars.NOTATION, string(notation));
    }
    return withVariables(variables);
  }

  private String startMemo(String user, Map<String, Object> memo) {
    Reply reply = rest.post(user, START, withVariables(memo));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().get("id").asText();
  }

  /** Starts, expects an error answer, and checks that no instance of the process came about. */
  private Reply refusedStart(String user, Map<String, Object> memo) {
    long runningBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    long historicBefore = instancesOfKey();

    Reply reply = rest.post(user, START, withVariables(memo));

    assertRefused(reply);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(runningBefore);
    assertThat(instancesOfKey()).isEqualTo(historicBefore);
    return reply;
  }

  /**
   * 400 in Camunda's error shape, with the application's sentence alone as the message: none of
   * the engine's or the resource's wrappers around it.
   */
  private static void assertRefused(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(REFUSED);
    assertThat(reply.json().path("type").asText()).as(reply.toString()).isEqualTo("InvalidInputException");
    assertThat(reply.message()).as(reply.toString())
        .doesNotContain("ENGINE-").doesNotContain("TaskListener").doesNotStartWith("Cannot ");
  }

  private long instancesOfKey() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
  }

  private void runMemoJob(String pi) {
    Job job = managementService.createJobQuery().processInstanceId(pi).singleResult();
    assertThat(job).isNotNull();
    assertThat(activityOf(job)).isEqualTo(Elements.GENERATE_MEMO);
    managementService.executeJob(job.getId());
  }

  /**
   * The activity a job belongs to, through its job definition. (JobQuery.activityId combined with
   * any other criterion produces invalid SQL in Camunda 7.24 — "WHERE RES.ID_ = ? JD.ACT_ID_ = ?".)
   */
  private String activityOf(Job job) {
    return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
        .getActivityId();
  }

  private Task task(String pi, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private void assertDecisionStillOpen(String pi, String decideTask) {
    assertThat(taskService.createTaskQuery().taskId(decideTask).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(pi, Vars.DECISION)).isNull();
    assertThat(runtimeService.getVariable(pi, Vars.NOTATION)).isNull();
    assertThat(task(pi, Elements.ANSWER_INQUIRY)).isNull();
    assertThat(managementService.createJobQuery().processInstanceId(pi).list())
        .extracting(this::activityOf).doesNotContain(Elements.GENERATE_MEMO, Elements.ISSUE_APPROVAL_COPY,
            Elements.ISSUE_DISAPPROVAL_LETTER);
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
