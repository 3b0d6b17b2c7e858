package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.policy321.posting.OfficialAccountReview.Elements;
import static org.policy321.posting.OfficialAccountReview.Vars;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.testing.Officers;
import org.policy321.testing.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One test per path through bpmn/official-account-review.bpmn (§I.D, §VI.B): the overseer confirms the checklist
 * (walked over two years: each review schedules the next), an item no longer holds and the Chief, designees and HR
 * record the page restored or not, an overseer who left the department, and what is refused.
 */
class OfficialAccountReviewScenarioTest extends ProcessScenario {

  @Autowired OfficialAccounts officialAccounts;
  @Autowired OfficialAccountRepository accounts;
  @Autowired AccountReviewRepository reviews;
  @Autowired AccountReviews accountReviews;
  @Autowired Roster roster;
  @Autowired Clock clock;

  @Test
  void theOverseerConfirmsTheChecklistYearAfterYear_eachReviewSchedulingTheNext_ID() {
    String overseer = newOverseer();
    OfficialAccount account = register(overseer);
    OffsetDateTime registered = account.registeredAt();
    ProcessInstance first = reviewOf(account, registered.getYear() + 1);
    assertThat(first).isWaitingAt(Elements.REVIEW_DUE);
    assertThat(account.nextReviewDueAt()).isCloseTo(registered.plusYears(1), within(5, ChronoUnit.SECONDS));
    assertThat(timer(first).getDuedate().toInstant()).isEqualTo(account.nextReviewDueAt().toInstant());

    reviewComesDue(first);
    Task task = checklistTask(first);
    assertThat(task.getAssignee()).isEqualTo(overseer);
    assertThat(groupsOf(task)).isEmpty();
    assertThat(engine.getRuntimeService().getVariables(first.getId())).containsEntry(Vars.ACCOUNT_LABEL, account.label())
        .containsEntry(Vars.ACCOUNT_URL, account.url()).containsEntry(Vars.OVERSEER_NAME, "Officer Dana Brooks");
    answer(overseer, first, true, true, true, null);

    assertThat(first).hasPassed(Elements.CHECKLIST_HOLDS, Elements.SCHEDULE_NEXT, Elements.REVIEWED)
        .hasNotPassed(Elements.RESTORE_CHECKLIST).isEnded();
    assertThat(review(first)).satisfies(review -> {
      assertThat(review.status()).isEqualTo(AccountReviewStatus.CONFIRMED);
      assertThat(review.reviewedBy()).isEqualTo(overseer);
      assertThat(review.closedAt()).isNotNull();
    });
    OfficialAccount afterFirst = accounts.findById(account.id()).orElseThrow();
    assertThat(afterFirst.checklistConfirmedBy()).isEqualTo(overseer);
    assertThat(afterFirst.checklistConfirmedAt()).isAfter(registered.plusYears(1));
    ProcessInstance second = reviewOf(account, registered.getYear() + 2);
    assertThat(second).isWaitingAt(Elements.REVIEW_DUE);
    assertThat(afterFirst.nextReviewDueAt().toInstant()).isEqualTo(timer(second).getDuedate().toInstant());

    reviewComesDue(second);
    answer(overseer, second, true, true, true, "Checked on the phone and the desktop site");

    assertThat(second).hasPassed(Elements.REVIEWED).isEnded();
    assertThat(review(second).reviewNotes()).isEqualTo("Checked on the phone and the desktop site");
    ProcessInstance third = reviewOf(account, registered.getYear() + 3);
    assertThat(third).isWaitingAt(Elements.REVIEW_DUE);
    OfficialAccount afterSecond = accounts.findById(account.id()).orElseThrow();
    assertThat(afterSecond.nextReviewDueAt()).isAfter(afterFirst.nextReviewDueAt());
    assertThat(afterSecond.checklistConfirmedAt()).isAfter(afterFirst.checklistConfirmedAt());
  }

  @Test
  void theChecklistIsDueWithinItsDeadline_andAnOverseerWhoLetsItPassIsReminded_theTaskStaying_ID_VIB() {
    String overseer = newOverseer();
    OfficialAccount account = register(overseer);
    ProcessInstance review = firstReview(account);
    reviewComesDue(review);
    Task task = checklistTask(review);
    assertThat(task.getDueDate()).as("policy.posting.account-checklist-deadline, P30D, on the task")
        .isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(30))));
    Job overdue = engine.getManagementService().createJobQuery().processInstanceId(review.getId())
        .activityId(Elements.CHECKLIST_OVERDUE).singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(task.getDueDate());

    ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plus(Duration.ofHours(1))));
    execute(overdue);

    assertThat(review).hasPassed(Elements.REMIND_OVERSEER, Elements.OVERSEER_REMINDED)
        .isWaitingAt(Elements.CONFIRM_CHECKLIST);
    Task reminded = checklistTask(review);
    assertThat(reminded.getId()).as("the same task, still the overseer's").isEqualTo(task.getId());
    assertThat(reminded.getAssignee()).isEqualTo(overseer);
    assertThat(reminded.getPriority()).isEqualTo(org.policy321.platform.tasks.TaskReminder.REMINDED_PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(task.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("Reminder: the checklist of " + account.label() + " was due to be confirmed by Officer Dana "
            + "Brooks, who oversees it (Policy 3.21 §I.D, §VI.B). Open the page, answer each item and complete this "
            + "task.");

    answer(overseer, review, true, true, true, null);
    assertThat(review).hasPassed(Elements.REVIEWED).isEnded();
  }

  @Test
  void anItemNoLongerHolds_theChiefDesigneesAndHrAreTold_andHrRecordsThePageRestored_ID_VIB() {
    String overseer = newOverseer();
    OfficialAccount account = register(overseer);
    ProcessInstance review = firstReview(account);
    reviewComesDue(review);

    assertThatThrownBy(() -> answer(overseer, review, true, true, false, " "))
        .hasMessageContaining("Write in the notes what you found on the page of " + account.label()
            + " and what you did about it: it no longer shows the department's address (Policy 3.21 §I.D).");
    answer(overseer, review, true, true, false, "The new page template dropped the address line");

    assertThat(review).hasPassed(Elements.CHECKLIST_HOLDS).isWaitingAt(Elements.RESTORE_CHECKLIST);
    Task restore = task(review, Elements.RESTORE_CHECKLIST);
    assertThat(restore.getAssignee()).isNull();
    assertThat(groupsOf(restore)).containsExactlyInAnyOrder(Groups.CHIEF, Groups.DESIGNEE, Groups.HR);
    assertThat(engine.getRuntimeService().getVariable(review.getId(), Vars.FAILING_ITEMS))
        .isEqualTo("no longer shows the department's address");
    assertThat(engine.getRuntimeService().getVariable(review.getId(), Vars.REVIEWED_BY_NAME))
        .isEqualTo("Officer Dana Brooks");
    assertThat(review(review).status()).isEqualTo(AccountReviewStatus.ITEMS_FAILING);
    OfficialAccount failing = accounts.findById(account.id()).orElseThrow();
    assertThat(failing.showsAddress()).isFalse();
    assertThat(failing.checklistHolds()).isFalse();
    assertThat(failing.checklistConfirmedAt()).as("the last full confirmation stays").isEqualTo(account.checklistConfirmedAt());

    staff.as("hr", () -> {
      engine.getTaskService().claim(restore.getId(), "hr");
      engine.getTaskService().complete(restore.getId(), Map.of(Vars.RESTORED, "true",
          Vars.RESTORATION_NOTE, "Address line restored by the web team on the same day"));
    });

    assertThat(review).hasPassed(Elements.RESTORE_CHECKLIST, Elements.SCHEDULE_NEXT, Elements.REVIEWED).isEnded();
    assertThat(review(review)).satisfies(done -> {
      assertThat(done.status()).isEqualTo(AccountReviewStatus.RESTORED);
      assertThat(done.resolvedBy()).isEqualTo("hr");
      assertThat(done.resolutionNote()).startsWith("Address line restored");
    });
    OfficialAccount restored = accounts.findById(account.id()).orElseThrow();
    assertThat(restored.checklistHolds()).isTrue();
    assertThat(restored.checklistConfirmedBy()).isEqualTo("hr");
    assertThat(reviewOf(account, account.registeredAt().getYear() + 2)).isWaitingAt(Elements.REVIEW_DUE);
  }

  @Test
  void aPageStillFailingIsRecordedSo_andTheNextReviewComesAllTheSame_ID_VIB() {
    String overseer = newOverseer();
    OfficialAccount account = register(overseer);
    ProcessInstance review = firstReview(account);
    reviewComesDue(review);
    answer(overseer, review, false, false, true, "Page taken over by the city's communications office");
    Task restore = task(review, Elements.RESTORE_CHECKLIST);

    assertThatThrownBy(() -> staff.as("chief", () -> engine.getTaskService().complete(restore.getId(),
        Map.of(Vars.RESTORED, "false"))))
        .hasMessageContaining("What was done about the page is required.");
    staff.as("chief", () -> engine.getTaskService().complete(restore.getId(), Map.of(Vars.RESTORED, "false",
        Vars.RESTORATION_NOTE, "Asked the city to restore both lines; follow up next month")));

    assertThat(review).hasPassed(Elements.REVIEWED).isEnded();
    assertThat(review(review).status()).isEqualTo(AccountReviewStatus.NOT_RESTORED);
    OfficialAccount stillFailing = accounts.findById(account.id()).orElseThrow();
    assertThat(stillFailing.statesMaintainedByDepartment()).isFalse();
    assertThat(stillFailing.showsPhoneNumber()).isFalse();
    assertThat(stillFailing.showsAddress()).isTrue();
    assertThat(reviewOf(account, account.registeredAt().getYear() + 2)).isWaitingAt(Elements.REVIEW_DUE);
  }

  @Test
  void eachItemIsAnswered_andOnlyTheOverseerAnswers_ID() {
    String overseer = newOverseer();
    OfficialAccount account = register(overseer);
    ProcessInstance review = firstReview(account);
    reviewComesDue(review);
    String taskId = checklistTask(review).getId();

    Map<String, Object> unanswered = new HashMap<>(Map.of(Vars.STATES_MAINTAINED, "true", Vars.SHOWS_ADDRESS, "true"));
    assertThatThrownBy(() -> staff.as(overseer, () -> engine.getTaskService().complete(taskId, unanswered)))
        .hasMessageContaining("Say whether the page still shows the department's phone number (Policy 3.21 §I.D).");
    // An operator can complete anyone's task through the API; the checklist is the overseer's to confirm.
    assertThatThrownBy(() -> answer("admin", review, true, true, true, null))
        .hasMessageContaining("The checklist of " + account.label() + " is confirmed by its overseer, Officer Dana Brooks");

    assertThat(review).isWaitingAt(Elements.CONFIRM_CHECKLIST);
    assertThat(review(review).status()).isEqualTo(AccountReviewStatus.DUE);
  }

  @Test
  void anOverseerWhoLeftTheDepartment_leavesTheChecklistToTheAccountKeepers_ID_VIB() {
    String overseer = newOverseer();
    OfficialAccount account = register(overseer);
    ProcessInstance review = firstReview(account);
    engine.getIdentityService().deleteMembership(overseer, Groups.EMPLOYEE);

    reviewComesDue(review);

    Task task = checklistTask(review);
    assertThat(task.getAssignee()).isNull();
    assertThat(groupsOf(task)).containsExactlyInAnyOrder(Groups.HR, Groups.CHIEF, Groups.DESIGNEE);
    staff.as("hr", () -> engine.getTaskService().claim(task.getId(), "hr"));
    answer("hr", review, true, true, true, "Overseer left; checked by HR until a new one is named");

    assertThat(review).hasPassed(Elements.REVIEWED).isEnded();
    assertThat(review(review).reviewedBy()).isEqualTo("hr");
    assertThat(accounts.findById(account.id()).orElseThrow().checklistConfirmedBy()).isEqualTo("hr");
  }

  @Test
  void anAccountRegisteredBeforeYearlyReviewsGetsItsFirstWhenTheApplicationIsReady_ID() {
    String overseer = newOverseer();
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    OfficialAccount earlier = accounts.save(OfficialAccount.registered("Instagram", handle(),
        "https://www.instagram.com/springfieldpd", overseer, "hr", now));

    accountReviews.scheduleUnscheduled();

    OfficialAccount scheduled = accounts.findById(earlier.id()).orElseThrow();
    assertThat(scheduled.nextReviewDueAt()).isNotNull();
    assertThat(reviewOf(scheduled, scheduled.nextReviewDueAt().getYear())).isWaitingAt(Elements.REVIEW_DUE);
    accountReviews.scheduleUnscheduled();
    assertThat(reviews.findByScheduledAtBetweenOrderByIdAsc(now.minusMinutes(1), now.plusDays(1)).stream()
        .filter(review -> review.accountId() == earlier.id())).as("scheduled once").hasSize(1);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String newOverseer() {
    return Officers.enlist(engine, roster, "Dana", "Brooks", "supervisor");
  }

  private OfficialAccount register(String overseer) {
    String handle = handle();
    return officialAccounts.register("hr", new OfficialAccounts.Registration("Facebook", handle,
        "https://www.facebook.com/" + handle.substring(1), overseer, true, true, true));
  }

  private static String handle() {
    return "@Precinct" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The account's first review: due a year (the interval) after its registration. */
  private ProcessInstance firstReview(OfficialAccount account) {
    return reviewOf(account, account.registeredAt().getYear() + 1);
  }

  private ProcessInstance reviewOf(OfficialAccount account, int year) {
    String number = AccountReview.NUMBER_PREFIX + account.id() + "-" + year;
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(OfficialAccountReview.PROCESS_KEY).processInstanceBusinessKey(number).singleResult();
    assertThat(instance).as("the review " + number + " runs").isNotNull();
    return instance;
  }

  private Job timer(ProcessInstance review) {
    return engine.getManagementService().createJobQuery().processInstanceId(review.getId())
        .activityId(Elements.REVIEW_DUE).singleResult();
  }

  /** A year (the interval) and a day later: the review's timer fires and the checklist is asked. */
  private void reviewComesDue(ProcessInstance review) {
    assertThat(review).isWaitingAt(Elements.REVIEW_DUE);
    ClockUtil.setCurrentTime(Date.from(timer(review).getDuedate().toInstant().plus(Duration.ofDays(1))));
    execute(job(Elements.REVIEW_DUE, review));
    assertThat(review).hasPassed(Elements.OPEN_REVIEW).isWaitingAt(Elements.CONFIRM_CHECKLIST);
    assertThat(review(review).status()).isEqualTo(AccountReviewStatus.DUE);
  }

  private Task task(ProcessInstance review, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private Task checklistTask(ProcessInstance review) {
    return task(review, Elements.CONFIRM_CHECKLIST);
  }

  private void answer(String user, ProcessInstance review, boolean maintained, boolean phone, boolean address,
      String notes) {
    Map<String, Object> answers = new HashMap<>();
    answers.put(Vars.STATES_MAINTAINED, String.valueOf(maintained));
    answers.put(Vars.SHOWS_PHONE, String.valueOf(phone));
    answers.put(Vars.SHOWS_ADDRESS, String.valueOf(address));
    if (notes != null) {
      answers.put(Vars.REVIEW_NOTES, notes);
    }
    String taskId = checklistTask(review).getId();
    staff.as(user, () -> engine.getTaskService().complete(taskId, answers));
  }

  private AccountReview review(ProcessInstance instance) {
    return reviews.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  private java.util.List<String> groupsOf(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }
}
