package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.policy321.approval.DepictionApproval.Decisions;
import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.policy321.removal.ApprovalReview;
import org.policy321.removal.RemovalOnDirection;
import org.policy321.testing.PdfText;
import org.policy321.testing.SampleFiles;
import org.policy321.platform.documents.DocumentSignatures;
import org.policy321.testing.VeraPdf;

/** One test per path through bpmn/depiction-approval.bpmn (§III.E, §III.R). */
class DepictionApprovalScenarioTest extends DepictionApprovalTestSupport {

  @Autowired ApprovalListing listing;
  @Autowired DocumentSignatures signatures;

  @Test
  void approvedAtOnce_IIIR() {
    Map<String, Object> memo = memo();
    memo.put(Vars.LAYOUT, SampleFiles.file("layout.png", "image/png", SampleFiles.png()));
    ProcessInstance instance = submit("employee", memo);

    String memorandum = PdfText.of(file(instance, Vars.MEMORANDUM));
    assertThat(memorandum).contains("To: Chief of Police", "Officer Jordan Reyes, Patrol Division",
        "1. Description of the proposed usage", "recruiting blog",
        "2. Purpose of the web site or posting", "police academy",
        "3. Printed layout", "layout.png", "For how long: " + postingUntilShown());
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.POSTING_PERIOD))
        .as("the decision form's line (§III.R)").isEqualTo(postingUntilShown());
    assertThat(PdfText.pages(PdfText.bytes(file(instance, Vars.MEMORANDUM)))).as("layout appended as a page").isGreaterThanOrEqualTo(2);
    VeraPdf.assertPdfA2b(PdfText.bytes(file(instance, Vars.MEMORANDUM))); // with an image layout

    approve(instance, "chief", "Approved for the recruiting blog only");
    assertThat(instance).hasPassed(Elements.DECIDED).isWaitingAt(Elements.ISSUE_APPROVAL_COPY);
    execute(job());

    assertThat(instance).isWaitingAt(Elements.ACKNOWLEDGE_APPROVAL_COPY);
    assertThat(task(Elements.ACKNOWLEDGE_APPROVAL_COPY)).isAssignedTo("employee");
    String number = (String) engine.getRuntimeService().getVariable(instance.getId(), Vars.APPROVAL_NUMBER);
    assertThat(number).matches("DA-\\d{4}-\\d{4}").startsWith("DA-" + ClockUtil.getCurrentTime().toInstant().toString().substring(0, 4));
    byte[] copyPdf = PdfText.bytes(file(instance, Vars.APPROVAL_COPY));
    VeraPdf.assertPdfA2b(copyPdf);
    // Issued as the department: one signature, intact, covering the whole copy, with the department's key.
    assertThat(signatures.verify(copyPdf)).singleElement().satisfies(check -> assertThat(check.valid()).isTrue());
    String copy = PdfText.of(copyPdf);
    assertThat(copy).contains(number, "Approved for the recruiting blog only", "Chief of Police Margaret Holloway",
        "Officer Jordan Reyes", "Personal blog, https://blog.example.org/join", "retains this copy",
        "The Chief of Police gives express consent", "Purpose", "police academy", "For how long: " + postingUntilShown());
    assertThat(copy.replaceAll("\\s", "")).as("the approved layout's SHA-256").contains(sha256(file(instance, Vars.LAYOUT)));
    assertThat(register.find(number)).get().extracting(Approval::status).isEqualTo(ApprovalStatus.ISSUED);

    complete(task(Elements.ACKNOWLEDGE_APPROVAL_COPY), withVariables(Vars.ACKNOWLEDGED, true));

    assertThat(instance).hasPassed(Elements.ACTIVATE_APPROVAL, Elements.MEMO_APPROVED).isEnded()
        .hasNotPassed(Elements.ANSWER_INQUIRY, Elements.ESCALATE_DECISION, Elements.ISSUE_DISAPPROVAL_LETTER);
    assertThat(register.find(number)).get().satisfies(approval -> {
      assertThat(approval.status()).isEqualTo(ApprovalStatus.ACTIVE);
      assertThat(approval.acknowledgedAt()).isNotNull();
    });
    DepictionRequest request = request(instance);
    assertThat(request.status()).isEqualTo(RequestStatus.APPROVED);
    assertThat(request.decidedBy()).isEqualTo("chief");
    assertThat(request.notation()).isEqualTo("Approved for the recruiting blog only");
  }

  @Test
  void disapprovedWithReason_IIIR() {
    ProcessInstance instance = submit("employee2", memo());

    decide(instance, "designee", Decisions.DISAPPROVE, "Not in uniform on a personal site",
        "The photograph shows the badge number of another officer");
    assertThat(instance).isWaitingAt(Elements.ISSUE_DISAPPROVAL_LETTER);
    execute(job());

    assertThat(instance).isWaitingAt(Elements.READ_DISAPPROVAL_LETTER);
    assertThat(task(Elements.READ_DISAPPROVAL_LETTER)).isAssignedTo("employee2");
    String letter = PdfText.of(file(instance, Vars.DISAPPROVAL_LETTER));
    VeraPdf.assertPdfA2b(PdfText.bytes(file(instance, Vars.DISAPPROVAL_LETTER)));
    assertThat(letter).contains("disapproved", "Not in uniform on a personal site",
        "badge number of another officer", "Deputy Chief Daniel Okafor", "Officer Priya Shah", "§III.D");
    complete(task(Elements.READ_DISAPPROVAL_LETTER));

    assertThat(instance).hasPassed(Elements.MEMO_DISAPPROVED).isEnded()
        .hasNotPassed(Elements.ISSUE_APPROVAL_COPY, Elements.ANSWER_INQUIRY);
    assertThat(request(instance).status()).isEqualTo(RequestStatus.DISAPPROVED);
    assertThat(request(instance).disapprovalReason()).contains("badge number");
  }

  @Test
  void approvedAfterTwoInquiries_IIIR() {
    Map<String, Object> openEnded = memo();
    openEnded.remove(Vars.POSTING_UNTIL);
    openEnded.put(Vars.POSTING_OPEN_ENDED, true);
    ProcessInstance instance = submit("employee", openEnded);

    decide(instance, "designee", Decisions.INQUIRE, "Which photograph exactly? Please send the page layout.", null);
    assertThat(instance).isWaitingAt(Elements.ANSWER_INQUIRY, Elements.WITHDRAW_REQUEST);
    assertThat(task(Elements.ANSWER_INQUIRY)).isAssignedTo("employee");
    assertThat(task(Elements.ANSWER_INQUIRY).getDueDate()).as("policy.depiction.inquiry-deadline P14D, when it lapses")
        .isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(14))), 60_000);
    assertDueWhenTimerFires(task(Elements.ANSWER_INQUIRY), instance.getId(), Elements.INQUIRY_UNANSWERED);
    answer(instance, "The one from the 2026 open day; layout attached.",
        SampleFiles.file("layout.pdf", "application/pdf", SampleFiles.pdf("Open day layout v1")));

    decide(instance, "designee", Decisions.INQUIRE, "Is the patrol car's number plate visible?", null);
    answer(instance, "No, it is blurred.", null);

    String memorandum = PdfText.of(file(instance, Vars.MEMORANDUM));
    assertThat(memorandum).contains("Further inquiries", "Round 1", "Which photograph exactly?",
        "The one from the 2026 open day", "(layout replaced)", "Round 2", "number plate visible?", "No, it is blurred.",
        "For how long: open-ended, reviewed every year");
    assertThat(memorandum.indexOf("Round 1")).isLessThan(memorandum.indexOf("Round 2"));
    assertThat(memorandum).as("who asked, named (issue 17)").contains("asked by Deputy Chief Daniel Okafor");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Vars.INQUIRY_HISTORY))
        .contains("Round 2 — asked by Deputy Chief Daniel Okafor").doesNotContain("asked by designee");
    assertThat(PdfText.pages(PdfText.bytes(file(instance, Vars.MEMORANDUM)))).as("the PDF layout appended").isGreaterThanOrEqualTo(2);
    VeraPdf.assertPdfA2b(PdfText.bytes(file(instance, Vars.MEMORANDUM))); // with a PDF layout rendered as pages

    approve(instance, "designee", "Approved with the plate blurred");
    execute(job());
    String copy = PdfText.of(file(instance, Vars.APPROVAL_COPY));
    assertThat(copy).contains("Deputy Chief Daniel Okafor, designee of the Chief of Police gives express consent",
        "For how long: open-ended, reviewed every year");
    assertThat(copy.replaceAll("\\s", "")).as("the SHA-256 of the layout sent with the first answer")
        .contains(sha256(file(instance, Vars.LAYOUT)));
    complete(task(Elements.ACKNOWLEDGE_APPROVAL_COPY), withVariables(Vars.ACKNOWLEDGED, true));

    assertThat(instance).isEnded().hasPassed(Elements.MEMO_APPROVED);
    DepictionRequest request = request(instance);
    assertThat(request.rounds()).hasSize(2);
    assertThat(request.rounds().get(0).layoutReplaced()).isTrue();
    assertThat(request.rounds().get(1).layoutReplaced()).isFalse();
    assertThat(request.rounds()).extracting(InquiryRound::askedBy).containsExactly("designee", "designee");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(Elements.DECIDE_ON_MEMO).count()).as("three decisions").isEqualTo(3);
  }

  @Test
  void withdrawnWhenInquiryUnanswered_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    decide(instance, "designee", Decisions.INQUIRE, "Who else is in the photograph?", null);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(13))));
    assertThat(job(Elements.INQUIRY_UNANSWERED)).as("timer not yet due").isNotNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().count())
        .as("nothing due before P14D").isZero();

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1).plusMinutes(1))));
    execute(job(Elements.INQUIRY_UNANSWERED));

    assertThat(instance).isWaitingAt(Elements.READ_WITHDRAWAL_NOTICE).hasPassed(Elements.WITHDRAW_UNANSWERED);
    assertThat(task(Elements.READ_WITHDRAWAL_NOTICE)).isAssignedTo("employee");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Vars.WITHDRAWAL_REASON))
        .contains("not answered within the deadline (P14D)");
    assertThat(request(instance).status()).isEqualTo(RequestStatus.LAPSED);
    complete(task(Elements.READ_WITHDRAWAL_NOTICE));
    assertThat(instance).isEnded().hasPassed(Elements.REQUEST_LAPSED).hasNotPassed(Elements.ISSUE_APPROVAL_COPY);
  }

  @Test
  void decisionEscalatedWhenOverdue_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    Task decision = task(Elements.DECIDE_ON_MEMO);
    assertThat(decision.getDueDate()).as("due in P5D").isAfter(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(4))));
    assertDueWhenTimerFires(decision, instance.getId(), Elements.DECISION_OVERDUE);
    int priorityBefore = decision.getPriority();

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(5).plusMinutes(1))));
    execute(job(Elements.DECISION_OVERDUE));

    assertThat(instance).hasPassed(Elements.ESCALATE_DECISION, Elements.DECISION_ESCALATED)
        .isWaitingAt(Elements.DECIDE_ON_MEMO, Elements.WITHDRAW_REQUEST);
    Task escalated = task(Elements.DECIDE_ON_MEMO);
    assertThat(escalated.getId()).as("the same task stays with the decider").isEqualTo(decision.getId());
    assertThat(escalated.getPriority()).isGreaterThan(priorityBefore).isEqualTo(org.policy321.platform.tasks.TaskReminder.REMINDED_PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(escalated.getId()))
        .singleElement().satisfies(comment -> assertThat(comment.getFullMessage()).contains("P5D", "§III.R"));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .as("escalates once").isZero();

    approve(instance, "chief", "Approved after reminder");
    execute(job());
    assertThat(instance).isWaitingAt(Elements.ACKNOWLEDGE_APPROVAL_COPY);
  }

  @Test
  void withdrawnByRequesterBeforeDecision_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    String withdraw = task(Elements.WITHDRAW_REQUEST).getId();

    staff.as("employee", () -> engine.getTaskService().complete(withdraw,
        Map.of(Vars.WITHDRAWAL_REASON, "I decided not to publish the blog")));

    assertThat(instance).isEnded().hasPassed(Elements.RECORD_WITHDRAWAL, Elements.REQUEST_WITHDRAWN)
        .hasNotPassed(Elements.DECIDED, Elements.ISSUE_APPROVAL_COPY);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count())
        .as("the decision task is gone too").isZero();
    DepictionRequest request = request(instance);
    assertThat(request.status()).isEqualTo(RequestStatus.WITHDRAWN);
    assertThat(request.withdrawalReason()).isEqualTo("I decided not to publish the blog");
  }

  @Test
  void withdrawnByRequesterWhileAnsweringInquiry_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    decide(instance, "designee", Decisions.INQUIRE, "Which platform exactly?", null);
    String withdraw = task(Elements.WITHDRAW_REQUEST).getId();

    staff.as("employee", () -> engine.getTaskService().complete(withdraw, Map.of(Vars.WITHDRAWAL_REASON, "No longer needed")));

    assertThat(instance).isEnded().hasPassed(Elements.REQUEST_WITHDRAWN).hasNotPassed(Elements.REQUEST_LAPSED);
    assertThat(request(instance).status()).isEqualTo(RequestStatus.WITHDRAWN);
  }

  @Test
  void unacknowledgedCopyIsRemindedAtItsDeadlineAndListedAsIssued_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    approve(instance, "chief", "Approved");
    execute(job());
    String number = (String) engine.getRuntimeService().getVariable(instance.getId(), Vars.APPROVAL_NUMBER);
    Task acknowledgement = task(Elements.ACKNOWLEDGE_APPROVAL_COPY);
    Date due = Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(5)));
    assertThat(acknowledgement.getDueDate()).as("policy.depiction.acknowledgement-deadline P5D").isCloseTo(due, 60_000);
    assertDueWhenTimerFires(acknowledgement, instance.getId(), Elements.ACKNOWLEDGEMENT_OVERDUE);
    assertThat(listing.inForce()).filteredOn(line -> line.approvalNumber().equals(number)).singleElement()
        .satisfies(line -> {
          assertThat(line.status()).isEqualTo(ApprovalStatus.ISSUED);
          assertThat(line.activeSince()).isNull();
          assertThat(Date.from(line.acknowledgementDue().toInstant())).isCloseTo(due, 60_000);
        });

    ClockUtil.setCurrentTime(Date.from(due.toInstant().plus(Duration.ofMinutes(1))));
    execute(job(Elements.ACKNOWLEDGEMENT_OVERDUE));

    assertThat(instance).hasPassed(Elements.REMIND_ACKNOWLEDGEMENT, Elements.ACKNOWLEDGEMENT_REMINDED)
        .isWaitingAt(Elements.ACKNOWLEDGE_APPROVAL_COPY);
    Task reminded = task(Elements.ACKNOWLEDGE_APPROVAL_COPY);
    assertThat(reminded.getId()).as("the same task stays with the requester").isEqualTo(acknowledgement.getId());
    assertThat(reminded.getPriority()).isEqualTo(org.policy321.platform.tasks.TaskReminder.REMINDED_PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(reminded.getId())).singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage()).contains(number, "§III.R"));
    assertThat(register.find(number)).get().extracting(Approval::status).isEqualTo(ApprovalStatus.ISSUED);

    complete(reminded, withVariables(Vars.ACKNOWLEDGED, true));
    assertThat(instance).isEnded().hasPassed(Elements.ACTIVATE_APPROVAL, Elements.MEMO_APPROVED);
    assertThat(register.find(number)).get().extracting(Approval::status).isEqualTo(ApprovalStatus.ACTIVE);
  }

  @Test
  void issuedApprovalDirectedOffBeforeAcknowledgementEndsTheAcknowledgement_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    approve(instance, "designee", "Approved");
    execute(job());
    String number = (String) engine.getRuntimeService().getVariable(instance.getId(), Vars.APPROVAL_NUMBER);

    ProcessInstance removal = staff.as("chief", () -> engine.getRuntimeService().startProcessInstanceByKey(
        RemovalOnDirection.PROCESS_KEY, Map.of(RemovalOnDirection.Vars.APPROVAL_NUMBER, number,
            RemovalOnDirection.Vars.REASON, "The recruiting campaign was cancelled")));

    assertThat(instance).isEnded().hasPassed(Elements.DIRECTED_OFF_BEFORE_ACKNOWLEDGEMENT, Elements.APPROVAL_DIRECTED_OFF)
        .hasNotPassed(Elements.ACTIVATE_APPROVAL, Elements.MEMO_APPROVED);
    assertThat(register.find(number)).get().extracting(Approval::status).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
    assertThat(removal).isWaitingAt(RemovalOnDirection.Elements.REMOVE_POSTING);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ApprovalReview.PROCESS_KEY)
        .processInstanceBusinessKey(number).count()).as("never active, so never reviewed").isZero();
    assertThat(listing.inForce()).filteredOn(line -> line.approvalNumber().equals(number))
        .extracting(ApprovalSummary::status).containsExactly(ApprovalStatus.REMOVAL_PENDING);
  }

  private static String sha256(FileValue file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.getValue().readAllBytes()));
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
