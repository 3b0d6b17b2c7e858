package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.policy321.approval.DepictionApproval.Decisions;
import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.testing.SampleFiles;

/** Bad input is refused with a message a person understands, and nothing changes (§III.E, §III.R). */
class DepictionApprovalBadInputTest extends DepictionApprovalTestSupport {

  private long runningRequests() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DepictionApproval.PROCESS_KEY).count();
  }

  private void assertStartRefused(Map<String, Object> memo, String... messageParts) {
    long before = runningRequests();
    assertThatThrownBy(() -> staff.as("employee",
        () -> engine.getRuntimeService().startProcessInstanceByKey(DepictionApproval.PROCESS_KEY, memo)))
        .isInstanceOf(InvalidInputException.class)
        .message().contains(messageParts);
    assertThat(runningRequests()).as("nothing started").isEqualTo(before);
  }

  @Test
  void memoWithoutProposedUsageIsRefused_IIIE() {
    Map<String, Object> memo = memo();
    memo.remove(Vars.PROPOSED_USAGE);
    assertStartRefused(memo, "proposed usage", "§III.E item 1", "required");
  }

  @Test
  void memoWithBlankPurposeIsRefused_IIIE() {
    Map<String, Object> memo = memo();
    memo.put(Vars.PURPOSE, "   ");
    assertStartRefused(memo, "purpose", "§III.E item 2");
  }

  @Test
  void memoWithAPostingPeriodEndingInThePastIsRefused_IIIR() {
    Map<String, Object> memo = memo();
    memo.put(Vars.POSTING_UNTIL, java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString());
    assertStartRefused(memo, "The posting period cannot end in the past", "§III.R");
  }

  @Test
  void memoWithBothOrNeitherOfDateAndOpenEndedIsRefused_IIIR() {
    Map<String, Object> both = memo();
    both.put(Vars.POSTING_OPEN_ENDED, true);
    assertStartRefused(both, "not both", "§III.R");

    Map<String, Object> neither = memo();
    neither.remove(Vars.POSTING_UNTIL);
    neither.put(Vars.POSTING_OPEN_ENDED, false);
    assertStartRefused(neither, "Say until when the posting stays up", "open-ended");
  }

  @Test
  void memoWithAnUnparseablePostingDateIsRefused_IIIR() {
    Map<String, Object> memo = memo();
    memo.put(Vars.POSTING_UNTIL, "next summer");
    assertStartRefused(memo, "\"next summer\" is not a date", "YYYY-MM-DD");
  }

  @Test
  void memoWithUnknownDepictionIsRefused_IIID() {
    Map<String, Object> memo = memo();
    memo.put(Vars.DEPICTIONS, "uniform,spaceship");
    assertStartRefused(memo, "\"spaceship\"", "uniform, badge, patch");
  }

  @Test
  void memoForBodyWornCameraFootageOrPersonnelRecordsIsRefusedAtSubmission_IIID() {
    for (String banned : List.of("uniform,body-worn-camera", "personnel-records")) {
      Map<String, Object> memo = memo();
      memo.put(Vars.DEPICTIONS, banned);
      assertStartRefused(memo, "may never be posted", "§III.D", "not even the Chief");
    }
  }

  @Test
  void noDecisionApprovesBodyWornCameraFootage_IIID() {
    // Such a request cannot be submitted; were one on record (an older version, a repair), no decision approves it.
    DepictionRequest request = requests.register("pi-banned", "employee", new Submission("My shift on camera",
        "Recruiting", List.of(Depiction.BODY_WORN_CAMERA), "Video site", null, null, null));

    assertThatThrownBy(() -> requests.recordDecision(request.id(), DecisionInput.of(Decisions.APPROVE, "Fine", null), "chief"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("§III.D");
    assertThat(requests.get(request.id()).status()).isEqualTo(RequestStatus.UNDER_REVIEW);
    requests.recordDecision(request.id(), DecisionInput.of(Decisions.DISAPPROVE, "No", "§III.D forbids it"), "chief");
    assertThat(requests.get(request.id()).status()).isEqualTo(RequestStatus.DISAPPROVED);
  }

  @Test
  void memoWithMalformedAddressIsRefused() {
    Map<String, Object> memo = memo();
    memo.put(Vars.URL, "javascript:alert(1)");
    assertStartRefused(memo, "not a web address");
  }

  @Test
  void layoutThatIsNotPdfPngOrJpegIsRefusedByContent_IIIE() {
    Map<String, Object> memo = memo();
    byte[] executable = "MZ\u0090\u0000 this is a Windows program, renamed".getBytes();
    memo.put(Vars.LAYOUT, SampleFiles.file("layout.pdf", "application/pdf", executable));
    assertStartRefused(memo, "layout.pdf", "not a PDF, PNG or JPEG", "content");
  }

  @Test
  void layoutOverTenMegabytesIsRefused_IIIE() {
    Map<String, Object> memo = memo();
    byte[] large = new byte[10 * 1024 * 1024 + 1];
    Arrays.fill(large, (byte) ' ');
    System.arraycopy("%PDF-1.7".getBytes(), 0, large, 0, 8);
    memo.put(Vars.LAYOUT, SampleFiles.file("huge.pdf", "application/pdf", large));
    assertStartRefused(memo, "huge.pdf", "the limit is 10 MB");
  }

  @Test
  void decisionWithoutNotationIsRefusedAndTaskStays_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    String taskId = task(Elements.DECIDE_ON_MEMO).getId();

    assertThatThrownBy(() -> staff.as("chief",
        () -> engine.getTaskService().complete(taskId, Map.of(Vars.DECISION, Decisions.APPROVE))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("notation").hasMessageContaining("§III.R");

    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_MEMO);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.DECISION)).as("nothing kept").isNull();
    assertThat(request(instance).status()).isEqualTo(RequestStatus.UNDER_REVIEW);
  }

  @Test
  void decisionWithUnknownValueIsRefused_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    String taskId = task(Elements.DECIDE_ON_MEMO).getId();
    Map<String, Object> variables = new HashMap<>(Map.of(Vars.DECISION, "maybe", Vars.NOTATION, "Hmm"));

    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().complete(taskId, variables)))
        .hasMessageContaining("approve, disapprove or inquire").hasMessageContaining("\"maybe\"");
    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_MEMO);
  }

  @Test
  void disapprovalWithoutReasonIsRefused_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    String taskId = task(Elements.DECIDE_ON_MEMO).getId();

    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.DECISION, Decisions.DISAPPROVE, Vars.NOTATION, "No"))))
        .hasMessageContaining("reason for the disapproval");
    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_MEMO);
  }

  @Test
  void employeeCannotDecideOnMemo_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    String taskId = task(Elements.DECIDE_ON_MEMO).getId();

    assertThatThrownBy(() -> staff.as("employee2", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.DECISION, Decisions.APPROVE, Vars.NOTATION, "Self-service"))))
        .isInstanceOf(AuthorizationException.class);
    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_MEMO);
  }

  @Test
  void administratorWhoIsNotChiefOrDesigneeCannotDecide_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    String taskId = task(Elements.DECIDE_ON_MEMO).getId();

    assertThatThrownBy(() -> staff.as("admin", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.DECISION, Decisions.APPROVE, Vars.NOTATION, "Admin override"))))
        .hasMessageContaining("Only the Chief of Police or a designee");
    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_MEMO);
  }

  @Test
  void sameDecisionCannotBeCompletedTwice_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    String taskId = task(Elements.DECIDE_ON_MEMO).getId();
    Map<String, Object> approval = Map.of(Vars.DECISION, Decisions.APPROVE, Vars.NOTATION, "Approved");
    staff.as("chief", () -> engine.getTaskService().complete(taskId, approval));

    assertThatThrownBy(() -> staff.as("chief", () -> engine.getTaskService().complete(taskId, approval)))
        .hasMessageContaining(taskId);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.ISSUE_APPROVAL_COPY).count()).as("continued once").isEqualTo(1);
  }

  @Test
  void answerWithoutTextOrWithBadLayoutIsRefused_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    decide(instance, "designee", Decisions.INQUIRE, "Which photo?", null);
    String taskId = task(Elements.ANSWER_INQUIRY).getId();

    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(taskId, Map.of())))
        .hasMessageContaining("answer to the inquiry is required");
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(taskId, Map.of(
        Vars.ANSWER, "This one", Vars.NEW_LAYOUT, SampleFiles.file("photo.png", "image/png", "GIF89a".getBytes())))))
        .hasMessageContaining("not a PDF, PNG or JPEG");

    assertThat(instance).isWaitingAt(Elements.ANSWER_INQUIRY);
    assertThat(request(instance).rounds()).singleElement().extracting(InquiryRound::answer).isNull();
  }

  @Test
  void withdrawalWithoutReasonAndAcknowledgementWithoutConsentAreRefused_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    String withdraw = task(Elements.WITHDRAW_REQUEST).getId();
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(withdraw, Map.of())))
        .hasMessageContaining("reason for withdrawing");
    assertThat(instance).isWaitingAt(Elements.WITHDRAW_REQUEST, Elements.DECIDE_ON_MEMO);

    approve(instance, "chief", "Approved");
    execute(job());
    String acknowledge = task(Elements.ACKNOWLEDGE_APPROVAL_COPY).getId();
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(acknowledge,
        Map.of(Vars.ACKNOWLEDGED, false))))
        .hasMessageContaining("retain it");
    assertThat(instance).isWaitingAt(Elements.ACKNOWLEDGE_APPROVAL_COPY);
    complete(task(Elements.ACKNOWLEDGE_APPROVAL_COPY), Map.of(Vars.ACKNOWLEDGED, true));
    assertThat(instance).isEnded();
  }
}
