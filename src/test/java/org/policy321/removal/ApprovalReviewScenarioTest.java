package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.policy321.removal.ApprovalReview.Elements;
import static org.policy321.removal.ApprovalReview.Vars;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.approval.ApprovalStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path through bpmn/approval-review.bpmn: the periodic review of an approval (§III.R). */
class ApprovalReviewScenarioTest extends RemovalTestSupport {

  @Autowired ReviewService reviews;

  private ProcessInstance reviewOf(String approvalNumber) {
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ApprovalReview.PROCESS_KEY).processInstanceBusinessKey(approvalNumber).singleResult();
    assertThat(review).as("a review runs for " + approvalNumber).isNotNull();
    return review;
  }

  private void passTime(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  /** A year (or whatever the interval) after the last review: the requester has a task. */
  private void reviewComesDue(ProcessInstance review) {
    assertThat(review).isWaitingAt(Elements.IN_FORCE);
    passTime(Duration.ofDays(366));
    execute(job(Elements.REVIEW_DUE));
    assertThat(review).isWaitingAt(Elements.CONFIRM_POSTING);
  }

  private void answer(String user, boolean stillUp, String note) {
    String taskId = task(Elements.CONFIRM_POSTING).getId();
    staff.as(user, () -> engine.getTaskService().complete(taskId,
        note == null ? Map.of(Vars.STILL_UP, String.valueOf(stillUp)) : Map.of(Vars.STILL_UP, String.valueOf(stillUp), Vars.NOTE, note)));
  }

  @Test
  void reviewConfirmedTwiceKeepsTheApprovalInForce_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance review = reviewOf(number);
    assertThat(task(Elements.CONFIRM_POSTING, review)).isNull();

    reviewComesDue(review);
    assertThat(task(Elements.CONFIRM_POSTING)).isAssignedTo("employee");
    answer("employee", true, null);
    reviewComesDue(review);
    answer("employee", true, "Same page, same photo");

    assertThat(review).isWaitingAt(Elements.IN_FORCE).hasNotPassed(Elements.REMOVE_POSTING);
    assertThat(reviews.of(number)).hasSize(2).allSatisfy(entry -> assertThat(entry.stillUp()).isTrue());
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.ACTIVE);
  }

  @Test
  void requesterReportsTheEndInTheReviewAndTheRemovalStarts_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance review = reviewOf(number);
    reviewComesDue(review);

    answer("employee", false, "The campaign page was taken down");

    assertThat(review).isWaitingAt(Elements.REMOVE_POSTING);
    ProcessInstance removal = calledProcessInstance(RemovalOnDirection.PROCESS_KEY);
    assertThat(removal).isWaitingAt(RemovalOnDirection.Elements.REMOVE_POSTING);
    RemovalCase removalCase = removalCase(removal);
    assertThat(removalCase.kind()).isEqualTo(RemovalKind.REPORTED_BY_REQUESTER);
    assertThat(removalCase.reason()).contains("periodic review", "campaign page was taken down");
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);

    confirmRemoved(removal, "employee", Map.of(RemovalOnDirection.Vars.EVIDENCE_URL, "https://social.example/employee",
        RemovalOnDirection.Vars.STATEMENT, "Deleted"));
    verify(removal, "designee", true, null);
    execute(job(RemovalOnDirection.Elements.REVOKE_APPROVAL, removal));
    readRevocationNotice(removal, "employee");
    assertThat(removal).isEnded();
    assertThat(review).isEnded().hasPassed(Elements.REVIEWS_ENDED);
  }

  @Test
  void unansweredReviewStartsTheRemoval_IIIR() {
    String number = approvals.active("employee2");
    ProcessInstance review = reviewOf(number);
    reviewComesDue(review);

    passTime(Duration.ofDays(14).plusMinutes(1));
    execute(job(Elements.REVIEW_UNANSWERED));

    assertThat(review).hasPassed(Elements.NOTE_UNANSWERED).isWaitingAt(Elements.REMOVE_POSTING);
    RemovalCase removalCase = removalCase(calledProcessInstance(RemovalOnDirection.PROCESS_KEY));
    assertThat(removalCase.kind()).isEqualTo(RemovalKind.REVIEW_UNANSWERED);
    assertThat(removalCase.reason()).contains(number, "not answered within P14D");
    assertThat(removalCase.requesterId()).isEqualTo("employee2");
    assertThat(reviews.of(number)).isEmpty();
  }

  @Test
  void directedRemovalStopsTheReviews_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance review = reviewOf(number);

    requestRemoval("chief", number, "Directed off", null);

    assertThat(review).isEnded().hasPassed(Elements.REMOVAL_STARTED, Elements.REVIEWS_STOPPED).hasNotPassed(Elements.CONFIRM_POSTING);
  }

  @Test
  void reviewAnswerNeedsTheRequesterAndAWordOnAnEnd_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance review = reviewOf(number);
    reviewComesDue(review);
    String taskId = task(Elements.CONFIRM_POSTING).getId();

    assertThatThrownBy(() -> answer("employee", false, null)).hasMessageContaining("how the posting ended");
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getTaskService().complete(taskId, Map.of())))
        .hasMessageContaining("still up and unchanged, or has ended");
    assertThatThrownBy(() -> staff.as("admin", () -> engine.getTaskService().complete(taskId, Map.of(Vars.STILL_UP, "true"))))
        .hasMessageContaining("Only the requester, employee");
    assertThat(review).isWaitingAt(Elements.CONFIRM_POSTING);
    assertThat(reviews.of(number)).isEmpty();
  }
}
