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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.approval.ApprovalStatus;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.tasks.OwnRequestGuard;
import org.policy321.testing.Officers;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path through bpmn/approval-review.bpmn: the periodic review of an approval (§III.R). */
class ApprovalReviewScenarioTest extends RemovalTestSupport {

  @Autowired ReviewService reviews;
  @Autowired Roster roster;

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

  /** The next check's timer, while the review waits at the event-based gateway. */
  private Job nextCheck(ProcessInstance review) {
    assertThat(review).isWaitingAt(Elements.IN_FORCE);
    return engine.getManagementService().createJobQuery().processInstanceId(review.getId())
        .activityId(Elements.REVIEW_DUE).singleResult();
  }

  /** The requester lets the review lapse: the unanswered-review timer fires. */
  private void reviewLapses(ProcessInstance review) {
    assertThat(review).isWaitingAt(Elements.CONFIRM_POSTING);
    passTime(Duration.ofDays(14).plusMinutes(1));
    execute(job(Elements.REVIEW_UNANSWERED));
  }

  /** The Chief or a designee takes Decide whether the approval stays, and decides. */
  private void decide(ProcessInstance review, String user, String decision, String note) {
    assertThat(review).isWaitingAt(Elements.DECIDE_ON_APPROVAL);
    String taskId = task(Elements.DECIDE_ON_APPROVAL, review).getId();
    staff.as(user, () -> {
      engine.getTaskService().claim(taskId, user);
      engine.getTaskService().complete(taskId, Map.of(Vars.DECISION, decision, Vars.DECISION_NOTE, note));
    });
  }

  private String reviewReason(ProcessInstance review) {
    return (String) engine.getRuntimeService().getVariable(review.getId(), Vars.REVIEW_REASON);
  }

  /** Offered to the Chief and designees, assigned to nobody: never to the requester. */
  private void assertOfferedToChiefAndDesignees(ProcessInstance review) {
    Task decision = task(Elements.DECIDE_ON_APPROVAL, review);
    assertThat(decision.getAssignee()).isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(decision.getId()).stream()
        .filter(link -> link.getGroupId() != null).map(IdentityLink::getGroupId)).containsExactlyInAnyOrder("designee", "chief");
  }

  private static Date at(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
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
    assertDueWhenTimerFires(task(Elements.CONFIRM_POSTING), review.getId(), Elements.REVIEW_UNANSWERED);
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
  void unansweredReviewGoesToADesigneeWhoKeepsTheApproval_IIIR() {
    String number = approvals.active("employee2");
    ProcessInstance review = reviewOf(number);
    reviewComesDue(review);

    reviewLapses(review);

    assertThat(review).hasPassed(Elements.NOTE_UNANSWERED).isWaitingAt(Elements.DECIDE_ON_APPROVAL)
        .hasNotPassed(Elements.REMOVE_POSTING);
    assertThat(reviewReason(review)).contains(number, "not answered within P14D", "§III.R");
    assertThat(engine.getRuntimeService().getVariable(review.getId(), Vars.REQUESTER_NAME))
        .as("the decision form names the requester (issue 17)").isEqualTo("Officer Priya Shah");
    assertOfferedToChiefAndDesignees(review);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RemovalOnDirection.PROCESS_KEY)
        .processInstanceBusinessKey(number).count()).as("silence is not a decision: no removal yet").isZero();
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.ACTIVE);

    decide(review, "designee", ApprovalReview.Decisions.KEEP, "Checked the page myself: still fine");

    assertThat(review).hasPassed(Elements.APPROVAL_STAYS).isWaitingAt(Elements.IN_FORCE);
    assertThat(reviews.of(number)).singleElement().satisfies(entry -> {
      assertThat(entry.reviewedBy()).isEqualTo("designee");
      assertThat(entry.decision()).isEqualTo(ApprovalReview.Decisions.KEEP);
      assertThat(entry.note()).isEqualTo("Checked the page myself: still fine");
    });
    reviewComesDue(review);
    answer("employee2", true, null);
    assertThat(review).isWaitingAt(Elements.IN_FORCE).hasNotPassed(Elements.REMOVE_POSTING);
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.ACTIVE);
  }

  @Test
  void unansweredReviewGoesToADesigneeWhoDirectsTheRemoval_IIIR() {
    String number = approvals.active("employee2");
    ProcessInstance review = reviewOf(number);
    reviewComesDue(review);
    reviewLapses(review);

    decide(review, "designee", ApprovalReview.Decisions.DIRECT_REMOVAL, "No answer to the review; take it down");

    assertThat(review).hasPassed(Elements.APPROVAL_STAYS).isWaitingAt(Elements.REMOVE_POSTING);
    ProcessInstance removal = calledProcessInstance(RemovalOnDirection.PROCESS_KEY);
    assertThat(removal).isWaitingAt(RemovalOnDirection.Elements.REMOVE_POSTING);
    assertThat(task(RemovalOnDirection.Elements.REMOVE_POSTING, removal)).isAssignedTo("employee2");
    RemovalCase removalCase = removalCase(removal);
    assertThat(removalCase.kind()).isEqualTo(RemovalKind.DIRECTED);
    assertThat(removalCase.requestedBy()).isEqualTo("designee");
    assertThat(removalCase.reason()).isEqualTo("No answer to the review; take it down");
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
  }

  @Test
  void theRequesterCannotDecideOnTheirOwnApproval_IIIR() {
    String number = approvals.active("designee");
    ProcessInstance review = reviewOf(number);
    reviewComesDue(review);
    reviewLapses(review);
    String taskId = task(Elements.DECIDE_ON_APPROVAL, review).getId();

    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().claim(taskId, "designee")))
        .hasMessageContaining(OwnRequestGuard.REFUSAL);
    assertThatThrownBy(() -> staff.as("designee", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.DECISION, ApprovalReview.Decisions.KEEP, Vars.DECISION_NOTE, "Mine is fine"))))
        .as("completing without claiming").hasMessageContaining(OwnRequestGuard.REFUSAL);
    assertThatThrownBy(() -> staff.as("chief", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.DECISION, "maybe", Vars.DECISION_NOTE, "?"))))
        .hasMessageContaining("Choose whether the approval stays (keep) or its removal is directed (direct-removal)");
    assertThatThrownBy(() -> staff.as("chief", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.DECISION, ApprovalReview.Decisions.DIRECT_REMOVAL))))
        .hasMessageContaining("The reason for the direction to remove is required.");
    assertThat(task(Elements.DECIDE_ON_APPROVAL, review).getAssignee()).isNull();
    assertThat(reviews.of(number)).isEmpty();

    decide(review, "chief", ApprovalReview.Decisions.KEEP, "Still appropriate");
    assertThat(review).isWaitingAt(Elements.IN_FORCE);
  }

  @Test
  void postingPeriodEndedAsksTheRequesterToRemoveIt_IIIR() {
    LocalDate lastDay = LocalDate.now(ZoneOffset.UTC).plusDays(400);
    String number = approvals.active("employee", lastDay);
    ProcessInstance review = reviewOf(number);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), Vars.POSTING_ENDS_AT)).isEqualTo(at(lastDay.plusDays(1)));

    reviewComesDue(review); // the yearly review comes first: the period has not ended
    assertThat(review).hasNotPassed(Elements.NOTE_POSTING_PERIOD_ENDED);
    answer("employee", true, null);
    assertThat(nextCheck(review).getDuedate()).as("the end of the period comes before the next yearly review")
        .isEqualTo(at(lastDay.plusDays(1)));

    ClockUtil.setCurrentTime(at(lastDay.plusDays(1)));
    execute(job(Elements.REVIEW_DUE));

    assertThat(review).hasPassed(Elements.POSTING_PERIOD_ENDED, Elements.NOTE_POSTING_PERIOD_ENDED)
        .isWaitingAt(Elements.REMOVE_POSTING);
    ProcessInstance removal = calledProcessInstance(RemovalOnDirection.PROCESS_KEY);
    assertThat(removal).isWaitingAt(RemovalOnDirection.Elements.REMOVE_POSTING);
    assertThat(task(RemovalOnDirection.Elements.REMOVE_POSTING, removal)).isAssignedTo("employee");
    RemovalCase removalCase = removalCase(removal);
    assertThat(removalCase.kind()).isEqualTo(RemovalKind.POSTING_PERIOD_ENDED);
    assertThat(removalCase.reason()).contains("posting period ended", number,
        "until " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(lastDay));
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
  }

  @Test
  void openEndedPostingNeverEndsByDate_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance review = reviewOf(number);
    assertThat(engine.getRuntimeService().getVariables(review.getId())).containsEntry(Vars.POSTING_ENDS_AT, null);

    for (int year = 1; year <= 3; year++) {
      Date due = nextCheck(review).getDuedate();
      assertThat(due).as("a yearly review, no end date").isAfter(Date.from(ClockUtil.getCurrentTime().toInstant()
          .plus(Duration.ofDays(364))));
      reviewComesDue(review);
      answer("employee", true, null);
    }
    assertThat(review).isWaitingAt(Elements.IN_FORCE).hasNotPassed(Elements.NOTE_POSTING_PERIOD_ENDED, Elements.REMOVE_POSTING);
  }

  @Test
  void requesterTakenOutOfTheEmployeesGoesToADesignee_IIIR() {
    String officer = Officers.enlist(engine, roster, "Sam", "Leaving", "supervisor");
    String number = approvals.active(officer);
    ProcessInstance review = reviewOf(number);

    engine.getIdentityService().deleteMembership(officer, "employee");

    assertThat(review).hasPassed(Elements.REQUESTER_LEFT).isWaitingAt(Elements.DECIDE_ON_APPROVAL);
    assertThat(reviewReason(review)).contains("The requester left the department", officer, "removed from the group employee",
        number);
    assertOfferedToChiefAndDesignees(review);
    decide(review, "designee", ApprovalReview.Decisions.DIRECT_REMOVAL, "The officer has left; the photo goes");
    assertThat(review).isWaitingAt(Elements.REMOVE_POSTING);
    assertThat(removalCase(calledProcessInstance(RemovalOnDirection.PROCESS_KEY)).kind()).isEqualTo(RemovalKind.DIRECTED);
  }

  @Test
  void requesterWhoseAccountIsDeletedDuringAReviewGoesToADesignee_IIIR() {
    String officer = Officers.enlist(engine, roster, "Robin", "Retiring", "supervisor");
    String number = approvals.active(officer);
    ProcessInstance review = reviewOf(number);
    reviewComesDue(review);
    String other = approvals.active("employee");

    engine.getIdentityService().deleteUser(officer);

    assertThat(review).hasPassed(Elements.REQUESTER_LEFT_DURING_REVIEW).isWaitingAt(Elements.DECIDE_ON_APPROVAL);
    assertThat(reviewReason(review)).contains("The requester left the department", officer, "was deleted");
    assertThat(reviewOf(other)).as("another requester's approval is untouched").satisfies(
        otherReview -> assertThat(otherReview).isWaitingAt(Elements.IN_FORCE));
    decide(review, "chief", ApprovalReview.Decisions.KEEP, "Retired officer; the charity page may stay");
    assertThat(review).isWaitingAt(Elements.IN_FORCE);
  }

  @Test
  void leavingWithoutAnActiveApprovalOrFromAnotherGroupChangesNoReview_IIIR() {
    String officer = Officers.enlist(engine, roster, "Alex", "Staying", "supervisor");
    String number = approvals.active(officer);
    ProcessInstance review = reviewOf(number);
    engine.getIdentityService().createMembership(officer, "social-media");

    engine.getIdentityService().deleteMembership(officer, "social-media");

    assertThat(review).isWaitingAt(Elements.IN_FORCE).hasNotPassed(Elements.REQUESTER_LEFT);
  }

  @Test
  void directedRemovalStopsTheReviews_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance review = reviewOf(number);

    requestRemoval("chief", number, "Directed off", null);

    assertThat(review).isEnded().hasPassed(Elements.REMOVAL_STARTED, Elements.REVIEWS_STOPPED).hasNotPassed(Elements.CONFIRM_POSTING);
  }

  @Test
  void removalDirectedWhileTheRequesterConfirmsEndsTheirReviewTask_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance review = reviewOf(number);
    reviewComesDue(review);

    requestRemoval("designee", number, "Directed off during the review", null);

    assertThat(review).isEnded().hasPassed(Elements.REVIEWS_STOPPED);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).count())
        .as("no review task left beside the removal").isZero();
  }

  @Test
  void removalDirectedWhileADesigneeDecidesEndsTheDecision_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance review = reviewOf(number);
    reviewComesDue(review);
    reviewLapses(review);
    assertThat(review).isWaitingAt(Elements.DECIDE_ON_APPROVAL);

    requestRemoval("chief", number, "Directed off while the designees were deciding", null);

    assertThat(review).isEnded().hasPassed(Elements.REVIEWS_STOPPED).hasNotPassed(Elements.REMOVE_POSTING);
    assertThat(register.find(number)).get().extracting(a -> a.status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
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
        .hasMessageContaining("Only the requester, Officer Jordan Reyes");
    assertThat(review).isWaitingAt(Elements.CONFIRM_POSTING);
    assertThat(reviews.of(number)).isEmpty();
  }
}
