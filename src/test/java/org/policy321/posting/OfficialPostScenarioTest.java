package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.platform.tasks.TaskReminder;
import org.policy321.posting.OfficialPost.Decisions;
import org.policy321.posting.OfficialPost.Elements;
import org.policy321.posting.OfficialPost.ReviewOutcomes;
import org.policy321.posting.OfficialPost.SupervisorDecisions;
import org.policy321.posting.OfficialPost.Vars;
import org.policy321.posting.PostingLogEntry.LogKind;

/**
 * One test per path through bpmn/official-post.bpmn with the department's default procedure (no HR approval, the
 * poster publishes): §I.A, §I.B, §II.C, §IV, §VI.B. HR approval and a connector: {@link OfficialPostHrAndConnectorTest}.
 */
class OfficialPostScenarioTest extends OfficialPostTestSupport {

  @Test
  void anAuthorizedPostersConformingPostWithoutFlagsGoesStraightOut_IA_VIB() {
    ProcessInstance instance = file(PIO, news(COMMUNITY_NEWS));

    assertThat(postNumber(instance)).matches("OP-\\d{4}-\\d{4}")
        .startsWith("OP-" + ClockUtil.getCurrentTime().toInstant().toString().substring(0, 4));
    assertThat(instance).hasPassed(Elements.REGISTER_POST, Elements.SCREEN_POST).isWaitingAt(Elements.CHECK_POST);
    assertThat(task(instance, Elements.CHECK_POST).getAssignee()).as("the poster who filed it checks it").isEqualTo(PIO);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.SCREEN_FLAGS)).isEqualTo("");

    check(PIO, instance, "", true);
    assertThat(instance).isWaitingAt(Elements.PUBLISH_POST);
    assertThat(task(instance, Elements.PUBLISH_POST).getAssignee()).isEqualTo(PIO);
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/1001");

    assertThat(instance).isEnded().hasPassed(Elements.RECORD_PUBLICATION, Elements.POST_PUBLISHED)
        .hasNotPassed(Elements.REVIEW_REQUEST, Elements.DECIDE_ON_POST, Elements.APPROVE_AS_OVERSEER,
            Elements.REVIEW_PUBLISHED_NOTICE);
    assertThat(kinds(instance)).containsExactly(LogKind.FILED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.PUBLISHED);
    PostingLogEntry filed = entry(instance, LogKind.FILED);
    assertThat(filed.recordedBy()).isEqualTo(PIO);
    assertThat(filed.accounts()).isEqualTo("Facebook @SpringfieldPD");
    assertThat(filed.category()).isEqualTo("community-news");
    assertThat(filed.postText()).isEqualTo(COMMUNITY_NEWS);
    assertThat(entry(instance, LogKind.SCREENED).screenResult()).isEqualTo("no flags");
    assertThat(entry(instance, LogKind.SCREENED).recordedBy()).as("the application's own step").isNull();
    PostingLogEntry attested = entry(instance, LogKind.ATTESTED);
    assertThat(attested.attestation()).startsWith("§IV.A no; §IV.B no; ").contains("§IV.K no")
        .endsWith("; conforms to the content guidelines");
    assertThat(attested.guidelineVersion()).as("the guidelines in force, which the poster acknowledged (§I.B)")
        .matches("v\\d+");
    assertThat(entry(instance, LogKind.FILED).guidelineVersion()).isNull();
    PostingLogEntry published = entry(instance, LogKind.PUBLISHED);
    assertThat(published.guidelineVersion()).isEqualTo(attested.guidelineVersion());
    assertThat(published.recordedBy()).isEqualTo(PIO);
    assertThat(published.posterId()).isEqualTo(PIO);
    assertThat(published.postUrl()).isEqualTo("https://www.facebook.com/SpringfieldPD/posts/1001");
    assertThat(published.publishedAt()).isNotNull();
    assertThat(published.publishedBeforeReview()).isFalse();
    assertThat(post(instance).status()).isEqualTo(PostStatus.PUBLISHED);
  }

  @Test
  void aPosterWhoHasNotAcknowledgedTheGuidelinesInForceFilesNothing_untilTheyDo_IB() {
    long account = demoAccount();
    String poster = newPosterWithoutAcknowledging("Noor", "Haddad", account);

    String refused = refusedDraft(poster, news(COMMUNITY_NEWS));

    assertThat(refused).startsWith("You have not acknowledged the department's content guidelines v")
        .endsWith("before you file or check an official post (Policy 3.21 §I.B). Nothing was recorded.");
    acknowledgeContentGuidelines(poster);
    ProcessInstance instance = file(poster, news(COMMUNITY_NEWS));
    check(poster, instance, "", true);
    assertThat(instance).isWaitingAt(Elements.PUBLISH_POST);
    assertThat(entry(instance, LogKind.ATTESTED).guidelineVersion()).matches("v\\d+");
  }

  @Test
  void aMembersRequestGoesThroughTheirSupervisorToAnAuthorizedPoster_IB() {
    ProcessInstance instance = file("employee", news(COMMUNITY_NEWS));

    assertThat(instance).isWaitingAt(Elements.REVIEW_REQUEST).hasNotPassed(Elements.SCREEN_POST);
    assertThat(task(instance, Elements.REVIEW_REQUEST).getAssignee()).as("the roster's supervisor")
        .isEqualTo("supervisor");
    assertThat(post(instance).filedByPoster()).isFalse();
    complete("supervisor", instance, Elements.REVIEW_REQUEST,
        Map.of(Vars.SUPERVISOR_DECISION, SupervisorDecisions.FORWARD, Vars.SUPERVISOR_NOTE, "Good idea, go ahead"));

    assertThat(instance).isWaitingAt(Elements.CHECK_POST);
    Task check = task(instance, Elements.CHECK_POST);
    assertThat(check.getAssignee()).as("offered to the posters").isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(check.getId()).taskCandidateGroup("social-media")
        .count()).isEqualTo(1);
    assertNotTheirs("employee2", instance, Elements.CHECK_POST, attestation("", true));
    check(PIO, instance, "", true);
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/1002");

    assertThat(instance).isEnded().hasPassed(Elements.POST_PUBLISHED);
    assertThat(kinds(instance)).containsExactly(LogKind.REQUESTED, LogKind.FORWARDED, LogKind.SCREENED,
        LogKind.ATTESTED, LogKind.PUBLISHED);
    assertThat(entry(instance, LogKind.REQUESTED).recordedBy()).isEqualTo("employee");
    assertThat(entry(instance, LogKind.FORWARDED).recordedBy()).isEqualTo("supervisor");
    assertThat(entry(instance, LogKind.FORWARDED).notation()).isEqualTo("Good idea, go ahead");
    assertThat(entry(instance, LogKind.PUBLISHED).posterId()).as("the poster who checked it").isEqualTo(PIO);
    assertThat(entry(instance, LogKind.PUBLISHED).requesterId()).isEqualTo("employee");
  }

  @Test
  void theSupervisorDeclines_andTheMemberReadsWhy_IB() {
    ProcessInstance instance = file("employee2", news("Our shift won the charity football match!"));

    assertThat(refusedCompletion("supervisor", instance, Elements.REVIEW_REQUEST,
        Map.of(Vars.SUPERVISOR_DECISION, SupervisorDecisions.DECLINE)))
        .isEqualTo("A note saying why the request is declined is required.");
    assertNotTheirs("employee2", instance, Elements.REVIEW_REQUEST,
        Map.of(Vars.SUPERVISOR_DECISION, SupervisorDecisions.FORWARD));
    complete("supervisor", instance, Elements.REVIEW_REQUEST, Map.of(Vars.SUPERVISOR_DECISION,
        SupervisorDecisions.DECLINE, Vars.SUPERVISOR_NOTE, "Not a department matter; post it on your own page."));

    assertThat(instance).isWaitingAt(Elements.READ_POST_OUTCOME).hasNotPassed(Elements.SCREEN_POST);
    assertThat(task(instance, Elements.READ_POST_OUTCOME).getAssignee()).isEqualTo("employee2");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Vars.OUTCOME))
        .isEqualTo("Your request " + postNumber(instance) + " was declined by Sergeant Thomas Brennan (§I.B): Not a "
            + "department matter; post it on your own page.");
    complete("employee2", instance, Elements.READ_POST_OUTCOME, Map.of());

    assertThat(instance).isEnded().hasPassed(Elements.POST_NOT_PUBLISHED);
    assertThat(kinds(instance)).containsExactly(LogKind.REQUESTED, LogKind.DECLINED);
    assertThat(entry(instance, LogKind.DECLINED).notation()).startsWith("Not a department matter");
    assertThat(post(instance).status()).isEqualTo(PostStatus.DECLINED);
    assertThat(post(instance).closedAt()).isNotNull();
  }

  @Test
  void aMemberWithoutASupervisorOnTheRosterRequestsThroughTheDesignees_IB() {
    String officer = org.policy321.testing.Officers.enlist(engine, roster, "Robin", "Vale", null);
    ProcessInstance instance = file(officer, news(COMMUNITY_NEWS));

    Task review = task(instance, Elements.REVIEW_REQUEST);
    assertThat(review.getAssignee()).isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).taskCandidateGroup("designee").count())
        .isEqualTo(1);
    assertNotTheirs("supervisor", instance, Elements.REVIEW_REQUEST,
        Map.of(Vars.SUPERVISOR_DECISION, SupervisorDecisions.FORWARD));
    complete("designee", instance, Elements.REVIEW_REQUEST, Map.of(Vars.SUPERVISOR_DECISION, SupervisorDecisions.FORWARD));
    assertThat(instance).isWaitingAt(Elements.CHECK_POST);
  }

  @Test
  void aFlaggedPostIsApprovedByADesigneeBeforeItGoesOut_IB_IV() {
    ProcessInstance instance = file(PIO, news("Lost dog found near the park. Call the owner at 555-201-7788."));

    String flags = (String) engine.getRuntimeService().getVariable(instance.getId(), Vars.SCREEN_FLAGS);
    assertThat(flags).startsWith("§IV.I A phone number").contains("555-201-7788");
    check(PIO, instance, "", true);

    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_POST).hasNotPassed(Elements.PUBLISH_POST);
    assertThat(post(instance).status()).isEqualTo(PostStatus.AWAITING_APPROVAL);
    assertNotTheirs(PIO, instance, Elements.DECIDE_ON_POST, decision(Decisions.APPROVE, "Approving my own post", null));
    decide("designee", instance, Decisions.APPROVE, "The owner asked us to share the number.");
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/1003");

    assertThat(instance).isEnded().hasPassed(Elements.DECIDE_ON_POST, Elements.POST_PUBLISHED);
    assertThat(kinds(instance)).containsExactly(LogKind.FILED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.APPROVED,
        LogKind.PUBLISHED);
    assertThat(entry(instance, LogKind.SCREENED).screenResult()).startsWith("§IV.I ").contains("555-201-7788");
    PostingLogEntry approved = entry(instance, LogKind.APPROVED);
    assertThat(approved.recordedBy()).isEqualTo("designee");
    assertThat(approved.capacity()).isEqualTo("designee of the Chief of Police");
    assertThat(approved.notation()).isEqualTo("The owner asked us to share the number.");
    assertThat(approved.writtenAuthorization()).isNull();
  }

  @Test
  void aFlaggedPostIsRejected_andThePosterReadsWhy_IB() {
    ProcessInstance instance = file(PIO, news("Vote for Harris on Tuesday: she backs our officers."));
    check(PIO, instance, "", true);

    assertThat(refusedCompletion("chief", instance, Elements.DECIDE_ON_POST, decision(Decisions.REJECT, " ", null)))
        .isEqualTo("The notation on the post (§II.C) is required.");
    decide("chief", instance, Decisions.REJECT, "The department endorses no candidate (§IV.J).");

    assertThat(instance).isWaitingAt(Elements.READ_POST_OUTCOME);
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Vars.OUTCOME))
        .isEqualTo("Official post " + postNumber(instance) + " was rejected by Chief of Police Margaret Holloway and "
            + "does not go out: The department endorses no candidate (§IV.J).");
    complete(PIO, instance, Elements.READ_POST_OUTCOME, Map.of());

    assertThat(instance).isEnded().hasPassed(Elements.POST_NOT_PUBLISHED).hasNotPassed(Elements.PUBLISH_POST);
    assertThat(kinds(instance)).containsExactly(LogKind.FILED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.REJECTED);
    assertThat(entry(instance, LogKind.SCREENED).screenResult()).startsWith("§IV.J ");
    assertThat(entry(instance, LogKind.REJECTED).capacity()).isEqualTo("Chief of Police");
    assertThat(post(instance).status()).isEqualTo(PostStatus.REJECTED);
  }

  @Test
  void aPostOutsideTheGuidelinesIsChangedTwice_screenedAndCheckedEachTime_thenApproved_IB() {
    ProcessInstance instance = file(PIO, news("Our new recruitment video is out — the best force in the state!"));
    check(PIO, instance, "", false);
    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_POST);
    decide("designee", instance, Decisions.CHANGES, "No comparisons with other departments, please.");

    assertThat(instance).isWaitingAt(Elements.REVISE_POST);
    assertThat(task(instance, Elements.REVISE_POST).getAssignee()).isEqualTo(PIO);
    assertThat(post(instance).status()).isEqualTo(PostStatus.CHANGES_REQUESTED);
    assertThat(refusedCompletion(PIO, instance, Elements.REVISE_POST, Map.of(Vars.POST_TEXT, "")))
        .isEqualTo("The text of the post is required.");
    revise(PIO, instance, "Our new recruitment video is out. The juvenile unit is hiring!");

    assertThat(instance).isWaitingAt(Elements.CHECK_POST);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.POST_DECISION))
        .as("the decision of the version before is the log's, not the next round's").isNull();
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Vars.SCREEN_FLAGS))
        .as("screened again").startsWith("§IV.B ");
    check(PIO, instance, "", true);
    decide("designee", instance, Decisions.CHANGES, "Say 'youth services unit'.");
    revise(PIO, instance, "Our new recruitment video is out. The youth services unit is hiring!");
    check(PIO, instance, "", false);
    decide("chief", instance, Decisions.APPROVE, "Fine now.");
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/1004");

    assertThat(instance).isEnded().hasPassed(Elements.POST_PUBLISHED);
    assertThat(kinds(instance)).containsExactly(LogKind.FILED, LogKind.SCREENED, LogKind.ATTESTED,
        LogKind.CHANGES_REQUESTED, LogKind.REVISED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.CHANGES_REQUESTED,
        LogKind.REVISED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.APPROVED, LogKind.PUBLISHED);
    assertThat(logOf(instance)).filteredOn(e -> e.kind() == LogKind.REVISED).extracting(PostingLogEntry::postText)
        .containsExactly("Our new recruitment video is out. The juvenile unit is hiring!",
            "Our new recruitment video is out. The youth services unit is hiring!");
    assertThat(logOf(instance)).filteredOn(e -> e.kind() == LogKind.CHANGES_REQUESTED)
        .extracting(PostingLogEntry::notation)
        .containsExactly("No comparisons with other departments, please.", "Say 'youth services unit'.");
    assertThat(entry(instance, LogKind.PUBLISHED).postText()).as("what went out")
        .isEqualTo("Our new recruitment video is out. The youth services unit is hiring!");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(Elements.DECIDE_ON_POST).count()).isEqualTo(3);
  }

  @Test
  void aPostWithASectionIvItemGoesOutOnlyWithTheChiefsWrittenAuthorization_IV() {
    ProcessInstance instance = file(PIO, draft(demoAccount(), PostCategory.CRITICAL_INCIDENT_NOTICE.value,
        "WARNING: the suspect is still at large after this morning's shooting. He is armed; do not approach him."));
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), Vars.SCREEN_FLAGS))
        .startsWith("§IV.A ");
    assertThat(refusedCompletion(PIO, instance, Elements.CHECK_POST, Map.of(Vars.PROHIBITED_ITEMS, "§IV.A",
        Vars.CONFORMS_TO_GUIDELINES, "true"))).isEqualTo("Check the post against each item of §IV (A to K), name "
            + "those it contains, and confirm it (\"I checked the post against each item\") before you submit it.");
    assertThat(refusedCompletion(PIO, instance, Elements.CHECK_POST, attestation("§III.J", true)))
        .isEqualTo("The items to attest are §IV.A to §IV.K; §III.J is not one of them.");
    check(PIO, instance, "§IV.A", true);

    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_POST);
    assertThat(post(instance).prohibitedItems()).isEqualTo("§IV.A");
    assertThat(refusedCompletion("designee", instance, Elements.DECIDE_ON_POST,
        decision(Decisions.APPROVE, "Warn the public", "I authorize it")))
        .isEqualTo("This post contains §IV.A (§IV): only the Chief of Police releases such content, with express "
            + "written authorization. Ask for changes, or leave the decision to the Chief; nothing was changed.");
    assertThat(refusedCompletion("chief", instance, Elements.DECIDE_ON_POST,
        decision(Decisions.APPROVE, "Warn the public", null)))
        .isEqualTo("This post contains §IV.A: write your express authorization to release it in \"Written "
            + "authorization (§IV)\" — what may be released and why; it is recorded on the post. Nothing was changed.");
    assertThat(kinds(instance)).as("refusals are not steps").doesNotContain(LogKind.APPROVED);
    complete("chief", instance, Elements.DECIDE_ON_POST, decision(Decisions.APPROVE, "Warn the public.",
        "I authorize the release that an armed suspect is at large, to warn the public (§IV.A). M. Holloway"));
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/1005");

    assertThat(instance).isEnded().hasPassed(Elements.POST_PUBLISHED);
    PostingLogEntry approved = entry(instance, LogKind.APPROVED);
    assertThat(approved.recordedBy()).isEqualTo("chief");
    assertThat(approved.writtenAuthorization()).startsWith("I authorize the release that an armed suspect");
    assertThat(entry(instance, LogKind.ATTESTED).attestation()).startsWith("§IV.A contains; §IV.B no;");
  }

  @Test
  void aSectionIvItemWithoutTheChiefsAuthorizationNeverGoesOut_aDesigneeSendsItBack_IV() {
    ProcessInstance instance = file(PIO, news("Officer Smith's disciplinary record will be reviewed next week."));
    check(PIO, instance, "§IV.E", true);
    decide("designee", instance, Decisions.CHANGES, "Personnel matters are never posted: take it out.");
    revise(PIO, instance, "Our annual review of officers' conduct takes place next week.");
    check(PIO, instance, "", true);

    assertThat(post(instance).prohibitedItems()).as("the new version contains none").isNull();
    assertThat(instance).isWaitingAt(Elements.PUBLISH_POST).as("conforming and unflagged now: no approval needed");
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/1006");
    assertThat(logOf(instance)).noneMatch(e -> e.writtenAuthorization() != null);
    assertThat(entry(instance, LogKind.PUBLISHED).postText()).doesNotContain("disciplinary");
  }

  @Test
  void anUrgentNoticeGoesOutAtOnce_andIsReviewedAfterwards_PurposeSix() {
    Map<String, Object> notice = draft(demoAccount(), PostCategory.CRITICAL_INCIDENT_NOTICE.value,
        "Gas leak on Market Square: the area is closed. Avoid the city centre until further notice.");
    notice.put(Vars.URGENT, true);
    ProcessInstance instance = file(PIO, notice);
    check(PIO, instance, "", true);

    assertThat(instance).isWaitingAt(Elements.PUBLISH_POST).hasNotPassed(Elements.DECIDE_ON_POST);
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/1007");

    assertThat(instance).isWaitingAt(Elements.REVIEW_PUBLISHED_NOTICE);
    Task review = task(instance, Elements.REVIEW_PUBLISHED_NOTICE);
    assertThat(review.getDueDate()).as("policy.posting.review-deadline PT2H")
        .isCloseTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2))), 60_000);
    assertDueWhenTimerFires(review, instance.getId(), Elements.REVIEW_OVERDUE);
    complete("chief", instance, Elements.REVIEW_PUBLISHED_NOTICE,
        Map.of(Vars.REVIEW_OUTCOME, ReviewOutcomes.CONFIRMED, Vars.REVIEW_NOTATION, "Right call."));

    assertThat(instance).isEnded().hasPassed(Elements.NOTICE_REVIEWED).hasNotPassed(Elements.MARK_REVIEW_OVERDUE);
    assertThat(kinds(instance)).containsExactly(LogKind.FILED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.PUBLISHED,
        LogKind.REVIEWED);
    PostingLogEntry published = entry(instance, LogKind.PUBLISHED);
    assertThat(published.publishedBeforeReview()).as("the log shows it went out before review").isTrue();
    PostingLogEntry reviewed = entry(instance, LogKind.REVIEWED);
    assertThat(reviewed.id()).isGreaterThan(published.id());
    assertThat(reviewed.decision()).isEqualTo(ReviewOutcomes.CONFIRMED);
    assertThat(reviewed.notation()).isEqualTo("Right call.");
  }

  @Test
  void anUrgentNoticeNotReviewedInTimeIsMarkedOverdue_thenTakenDownAsTheReviewDirects_PurposeSix_VIB() {
    Map<String, Object> notice = draft(demoAccount(), PostCategory.CRITICAL_INCIDENT_NOTICE.value,
        "Shelter in place: police activity near 42 Elm Street.");
    notice.put(Vars.URGENT, true);
    ProcessInstance instance = file(PIO, notice);
    check(PIO, instance, "", true);
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/1008");
    Task review = task(instance, Elements.REVIEW_PUBLISHED_NOTICE);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2).plusMinutes(1))));
    execute(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.REVIEW_OVERDUE).singleResult());

    assertThat(instance).hasPassed(Elements.MARK_REVIEW_OVERDUE, Elements.REVIEW_MARKED_OVERDUE)
        .isWaitingAt(Elements.REVIEW_PUBLISHED_NOTICE);
    assertThat(task(instance, Elements.REVIEW_PUBLISHED_NOTICE).getId()).isEqualTo(review.getId());
    assertThat(task(instance, Elements.REVIEW_PUBLISHED_NOTICE).getPriority()).isEqualTo(TaskReminder.REMINDED_PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(review.getId())).singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage()).contains("PT2H", "§I.B"));
    assertThat(entry(instance, LogKind.REVIEW_OVERDUE).reason())
        .isEqualTo("Published at once as an urgent notice and not reviewed within PT2H.");

    assertThat(refusedCompletion("designee", instance, Elements.REVIEW_PUBLISHED_NOTICE,
        Map.of(Vars.REVIEW_OUTCOME, ReviewOutcomes.TAKE_DOWN))).isEqualTo("The notation on the post (§II.C) is required.");
    complete("designee", instance, Elements.REVIEW_PUBLISHED_NOTICE, Map.of(Vars.REVIEW_OUTCOME,
        ReviewOutcomes.TAKE_DOWN, Vars.REVIEW_NOTATION, "It gives a residence's address."));
    assertThat(instance).isWaitingAt(Elements.TAKE_DOWN_POST);
    assertThat(task(instance, Elements.TAKE_DOWN_POST).getAssignee()).isEqualTo(PIO);
    complete(PIO, instance, Elements.TAKE_DOWN_POST, Map.of(Vars.TAKE_DOWN_NOTE, "Deleted on Facebook at 11:05."));

    assertThat(instance).isEnded().hasPassed(Elements.POST_TAKEN_DOWN);
    assertThat(kinds(instance)).containsExactly(LogKind.FILED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.PUBLISHED,
        LogKind.REVIEW_OVERDUE, LogKind.REVIEWED, LogKind.TAKEN_DOWN);
    PostingLogEntry takenDown = entry(instance, LogKind.TAKEN_DOWN);
    assertThat(takenDown.recordedBy()).isEqualTo(PIO);
    assertThat(takenDown.reason()).isEqualTo("Directed by the review: It gives a residence's address. — Deleted on "
        + "Facebook at 11:05.");
    assertThat(post(instance).status()).isEqualTo(PostStatus.TAKEN_DOWN);
  }

  @Test
  void anUrgentNoticeWithASectionIvItemWaitsForTheChief_IV() {
    Map<String, Object> notice = draft(demoAccount(), PostCategory.CRITICAL_INCIDENT_NOTICE.value,
        "Wanted for this morning's armed robbery: the man in the photograph.");
    notice.put(Vars.URGENT, true);
    ProcessInstance instance = file(PIO, notice);
    check(PIO, instance, "§IV.A", true);

    assertThat(instance).isWaitingAt(Elements.DECIDE_ON_POST).hasNotPassed(Elements.PUBLISH_POST);
    complete("chief", instance, Elements.DECIDE_ON_POST, decision(Decisions.APPROVE, "Release it.",
        "I authorize releasing the photograph to aid the apprehension (§IV.A)."));
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/1009");
    assertThat(instance).isEnded().hasPassed(Elements.POST_PUBLISHED).hasNotPassed(Elements.REVIEW_PUBLISHED_NOTICE);
    assertThat(entry(instance, LogKind.PUBLISHED).publishedBeforeReview()).isFalse();
  }

  @Test
  void aRevokedPosterNoLongerFilesDirectly_norChecksOrPublishes_IA() {
    String officer = newPoster("Dana", "Whitfield", demoAccount());
    ProcessInstance filedBefore = file(officer, news(COMMUNITY_NEWS));
    assertThat(filedBefore).isWaitingAt(Elements.CHECK_POST);
    posters.revoke("designee", officer, "Moved to the detective bureau");

    assertThat(refusedCompletion(officer, filedBefore, Elements.CHECK_POST, attestation("", true)))
        .startsWith("Only a current authorized poster checks, revises, publishes or takes down an official post (§I.A): "
            + "Officer Dana Whitfield's authorization was revoked on ")
        .endsWith(" by Deputy Chief Daniel Okafor (Moved to the detective bureau). Nothing was changed.");

    Map<String, Object> urgent = draft(demoAccount(), PostCategory.CRITICAL_INCIDENT_NOTICE.value, "Road closed.");
    urgent.put(Vars.URGENT, true);
    assertThat(refusedDraft(officer, urgent)).startsWith("Only a current authorized poster publishes a critical "
        + "incident notice at once (§I.A, Purpose 6): Officer Dana Whitfield's authorization was revoked on ")
        .endsWith("Untick \"urgent\": your draft then goes to your supervisor, who forwards it to an authorized "
            + "poster (§I.B).");

    ProcessInstance request = file(officer, news(COMMUNITY_NEWS));
    assertThat(request).as("a request through the chain of command now").isWaitingAt(Elements.REVIEW_REQUEST);
    assertThat(kinds(request)).containsExactly(LogKind.REQUESTED);
  }

  @Test
  void aPosterFilesOnlyForTheAccountsTheirAuthorizationCovers_IA() {
    long instagram = newAccount("@SPD" + java.util.UUID.randomUUID().toString().substring(0, 6));
    String officer = newPoster("Lee", "Park", demoAccount());

    assertThat(refusedDraft(officer, draft(instagram, PostCategory.EVENT.value, COMMUNITY_NEWS)))
        .startsWith("The authorization to post (§I.A) of you does not cover Instagram @SPD")
        .endsWith("; it covers Facebook @SpringfieldPD. Choose among those, or ask the Chief or a designee to extend it.");
  }

  @Test
  void anEmptyPost_wrongOrOversizedMedia_noAccount_andOtherBadDraftsAreRefusedWithASentence_nothingStarts() {
    assertThat(refusedDraft(PIO, news("   "))).isEqualTo("The text of the post is required.");
    Map<String, Object> noAccount = news(COMMUNITY_NEWS);
    noAccount.remove(Vars.ACCOUNTS);
    assertThat(refusedDraft(PIO, noAccount)).isEqualTo("Choose the official account(s) the post is for (§I.D register).");
    assertThat(refusedDraft(PIO, draft(987654321L, "event", COMMUNITY_NEWS)))
        .isEqualTo("There is no official account 987654321 in the register (§I.D); choose one of the register's accounts.");
    assertThat(refusedDraft(PIO, draft(demoAccount(), "gossip", COMMUNITY_NEWS))).isEqualTo("\"gossip\" is not a kind "
        + "of official post; choose community-news, crime-prevention-tip, critical-incident-notice, event, other.");
    Map<String, Object> notUrgent = news(COMMUNITY_NEWS);
    notUrgent.put(Vars.URGENT, true);
    assertThat(refusedDraft(PIO, notUrgent)).isEqualTo("Only a critical incident notice goes out at once and is "
        + "reviewed afterwards (Purpose 6); a post of the kind \"Community news\" is not urgent: untick \"urgent\".");
    Map<String, Object> past = news(COMMUNITY_NEWS);
    past.put(Vars.INTENDED_AT, "2020-01-01T10:00");
    assertThat(refusedDraft(PIO, past)).isEqualTo("The intended time 2020-01-01 is in the past; give a time from today "
        + "on, or leave it empty.");
    Map<String, Object> noTime = news(COMMUNITY_NEWS);
    noTime.put(Vars.INTENDED_AT, "next Tuesday");
    assertThat(refusedDraft(PIO, noTime)).isEqualTo("The intended time \"next Tuesday\" is not a time; write it as "
        + "2026-05-04T14:30 (UTC) or 2026-05-04.");

    Map<String, Object> script = news(COMMUNITY_NEWS);
    script.put(Vars.MEDIA, org.policy321.testing.SampleFiles.file("photo.png", "image/png",
        "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(refusedDraft(PIO, script)).isEqualTo("The media file \"photo.png\" is not a PDF, PNG or JPEG file (checked "
        + "by its content, not its name).");
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(org.policy321.testing.SampleFiles.png(), 0, big, 0, 8);
    Map<String, Object> oversized = news(COMMUNITY_NEWS);
    oversized.put(Vars.MEDIA, org.policy321.testing.SampleFiles.file("poster.png", "image/png", big));
    assertThat(refusedDraft(PIO, oversized)).isEqualTo("The media file \"poster.png\" is 10.0 MB; the limit is 10 MB. "
        + "Reduce or split the file and upload it again.");
  }

  @Test
  void mediaGoWithThePost_describedInTheLog_andCanBeReplacedOrRemovedInARevision_IB() {
    Map<String, Object> withPhoto = news(COMMUNITY_NEWS);
    withPhoto.put(Vars.MEDIA, org.policy321.testing.SampleFiles.file("coffee.png", "image/png",
        org.policy321.testing.SampleFiles.png()));
    ProcessInstance instance = file(PIO, withPhoto);
    assertThat(entry(instance, LogKind.FILED).media()).startsWith("coffee.png (image/png, ").contains("SHA-256 ");
    check(PIO, instance, "", false);
    decide("designee", instance, Decisions.CHANGES, "Use the PDF flyer instead of the photo.");
    complete(PIO, instance, Elements.REVISE_POST, Map.of(Vars.POST_TEXT, COMMUNITY_NEWS, Vars.NEW_MEDIA,
        org.policy321.testing.SampleFiles.file("flyer.pdf", "application/pdf",
            org.policy321.testing.SampleFiles.pdf("Coffee with a Cop"))));
    assertThat(entry(instance, LogKind.REVISED).media()).startsWith("flyer.pdf (application/pdf, ");
    assertThat(post(instance).mediaName()).isEqualTo("flyer.pdf");
    check(PIO, instance, "", false);
    decide("designee", instance, Decisions.CHANGES, "No attachment after all.");
    complete(PIO, instance, Elements.REVISE_POST, Map.of(Vars.POST_TEXT, COMMUNITY_NEWS, Vars.REMOVE_MEDIA, true));
    assertThat(post(instance).mediaName()).isNull();
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.MEDIA)).isNull();
  }
}
