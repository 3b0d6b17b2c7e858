package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.posting.OfficialPost.Decisions;
import org.policy321.posting.OfficialPost.Elements;
import org.policy321.posting.OfficialPost.ReviewOutcomes;
import org.policy321.posting.OfficialPost.Vars;
import org.policy321.posting.PostingLogEntry.LogKind;
import org.policy321.testing.Officers;
import org.springframework.test.context.TestPropertySource;

/**
 * A department whose procedure asks HR or the accounts' overseer to approve every post (§II.C, §VI.B:
 * {@code policy.posting.hr-approval}) and that publishes through a connector (the external task topic
 * {@code publish-post}: {@code policy.posting.publication-connector}). The connector here is the test, fetching and
 * completing the external task as a worker would.
 */
@TestPropertySource(properties = {"policy.posting.hr-approval=true", "policy.posting.publication-connector=true"})
class OfficialPostHrAndConnectorTest extends OfficialPostTestSupport {

  private static final String WORKER = "facebook-connector";

  @Test
  void theAccountsOverseerApproves_andTheConnectorPublishes_IIC_VIB() {
    String overseer = Officers.enlist(engine, roster, "Morgan", "Ellis", "supervisor");
    long account = accounts.save(OfficialAccount.registered("X", "@SPDTraffic" + System.nanoTime() % 100000,
        "https://x.com/SPDTraffic", overseer, "chief", OffsetDateTime.now(ZoneOffset.UTC))).id();
    String poster = newPoster("Alex", "Rivera", account);
    ProcessInstance instance = file(poster, draft(account, PostCategory.CRIME_PREVENTION_TIP.value,
        "Lock your car and keep valuables out of sight."));
    check(poster, instance, "", true);

    assertThat(instance).isWaitingAt(Elements.APPROVE_AS_OVERSEER).hasNotPassed(Elements.DECIDE_ON_POST);
    assertThat(post(instance).status()).isEqualTo(PostStatus.AWAITING_OVERSEER);
    Task approval = task(instance, Elements.APPROVE_AS_OVERSEER);
    assertThat(engine.getTaskService().createTaskQuery().taskId(approval.getId()).taskCandidateUser(overseer).count())
        .as("the account's overseer").isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().taskId(approval.getId()).taskCandidateGroup("hr").count())
        .as("and HR").isEqualTo(1);
    assertNotTheirs("employee", instance, Elements.APPROVE_AS_OVERSEER,
        Map.of(Vars.OVERSEER_DECISION, Decisions.APPROVE, Vars.OVERSEER_NOTATION, "ok"));
    complete(overseer, instance, Elements.APPROVE_AS_OVERSEER,
        Map.of(Vars.OVERSEER_DECISION, Decisions.APPROVE, Vars.OVERSEER_NOTATION, "Good tip."));

    assertThat(instance).isWaitingAt(Elements.PUBLISH_BY_CONNECTOR);
    LockedExternalTask job = fetchPublication(instance);
    assertThat(job.getVariables()).containsEntry(Vars.POST_TEXT, "Lock your car and keep valuables out of sight.")
        .containsKey(Vars.ACCOUNT_LABELS);
    engine.getExternalTaskService().complete(job.getId(), WORKER,
        Map.of(Vars.PUBLISHED_AT, nowAsTyped(), Vars.POST_URL, "https://x.com/SPDTraffic/status/1"));

    assertThat(instance).isEnded().hasPassed(Elements.PUBLISH_BY_CONNECTOR, Elements.POST_PUBLISHED)
        .hasNotPassed(Elements.PUBLISH_POST);
    assertThat(kinds(instance)).containsExactly(LogKind.FILED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.APPROVED,
        LogKind.PUBLISHED);
    PostingLogEntry approved = entry(instance, LogKind.APPROVED);
    assertThat(approved.recordedBy()).isEqualTo(overseer);
    assertThat(approved.capacity()).isEqualTo("overseer of the accounts (§VI.B)");
    PostingLogEntry published = entry(instance, LogKind.PUBLISHED);
    assertThat(published.recordedBy()).as("the connector, nobody signed in").isNull();
    assertThat(published.capacity()).isEqualTo("publication connector");
    assertThat(published.posterId()).isEqualTo(poster);
    assertThat(published.postUrl()).isEqualTo("https://x.com/SPDTraffic/status/1");
  }

  @Test
  void afterTheDesigneeHrAsksForChanges_bothApproveTheRevision_theConnectorHandsItToThePoster_IB_IIC() {
    ProcessInstance instance = file(PIO, news("Burglary suspect still at large in the north end: lock your doors."));
    check(PIO, instance, "", true);
    decide("designee", instance, Decisions.APPROVE, "Useful warning.");

    assertThat(instance).isWaitingAt(Elements.APPROVE_AS_OVERSEER);
    assertThat(post(instance).status()).isEqualTo(PostStatus.AWAITING_OVERSEER);
    assertThat(refusedCompletion("hr", instance, Elements.APPROVE_AS_OVERSEER,
        Map.of(Vars.OVERSEER_DECISION, "maybe", Vars.OVERSEER_NOTATION, "?")))
        .isEqualTo("Approve the post, ask for changes, or reject it (§I.B), not \"maybe\".");
    complete("hr", instance, Elements.APPROVE_AS_OVERSEER, Map.of(Vars.OVERSEER_DECISION, Decisions.CHANGES,
        Vars.OVERSEER_NOTATION, "Say which streets, not 'north end'."));
    revise(PIO, instance, "Burglaries reported on Oak and Pine Avenue this week: lock your doors and windows.");
    check(PIO, instance, "", true);
    assertThat(instance).as("conforming and unflagged now").isWaitingAt(Elements.APPROVE_AS_OVERSEER);
    complete("hr", instance, Elements.APPROVE_AS_OVERSEER,
        Map.of(Vars.OVERSEER_DECISION, Decisions.APPROVE, Vars.OVERSEER_NOTATION, "Approved."));

    engine.getExternalTaskService().handleBpmnError(fetchPublication(instance).getId(), WORKER,
        OfficialPost.ERROR_PUBLISH_BY_HAND, "The network refused the post: the account's token expired.");
    assertThat(instance).hasPassed(Elements.PUBLISH_BY_HAND).isWaitingAt(Elements.PUBLISH_POST);
    publish(PIO, instance, "https://www.facebook.com/SpringfieldPD/posts/2001");

    assertThat(instance).isEnded().hasPassed(Elements.POST_PUBLISHED);
    assertThat(kinds(instance)).containsExactly(LogKind.FILED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.APPROVED,
        LogKind.CHANGES_REQUESTED, LogKind.REVISED, LogKind.SCREENED, LogKind.ATTESTED, LogKind.APPROVED,
        LogKind.PUBLISHED);
    assertThat(logOf(instance)).filteredOn(e -> e.kind() == LogKind.APPROVED).extracting(PostingLogEntry::capacity)
        .containsExactly("designee of the Chief of Police", "Human Resources (§II.C)");
    assertThat(entry(instance, LogKind.PUBLISHED).recordedBy()).as("published by hand").isEqualTo(PIO);
  }

  @Test
  void hrRejects_andThePosterReadsWhy_IIC() {
    ProcessInstance instance = file(PIO, news(COMMUNITY_NEWS));
    check(PIO, instance, "", true);
    complete("hr", instance, Elements.APPROVE_AS_OVERSEER, Map.of(Vars.OVERSEER_DECISION, Decisions.REJECT,
        Vars.OVERSEER_NOTATION, "The library event was cancelled."));

    assertThat(instance).isWaitingAt(Elements.READ_POST_OUTCOME);
    complete(PIO, instance, Elements.READ_POST_OUTCOME, Map.of());
    assertThat(instance).isEnded().hasPassed(Elements.POST_NOT_PUBLISHED).hasNotPassed(Elements.PUBLISH_BY_CONNECTOR);
    assertThat(entry(instance, LogKind.REJECTED).capacity()).isEqualTo("Human Resources (§II.C)");
  }

  @Test
  void aConnectorsPublicationWithoutAnAddressOrInTheFutureIsRefused_theTaskStays_IIC() {
    ProcessInstance instance = file(PIO, news(COMMUNITY_NEWS));
    check(PIO, instance, "", true);
    complete("hr", instance, Elements.APPROVE_AS_OVERSEER,
        Map.of(Vars.OVERSEER_DECISION, Decisions.APPROVE, Vars.OVERSEER_NOTATION, "Fine."));
    LockedExternalTask job = fetchPublication(instance);

    assertThatThrownBy(() -> engine.getExternalTaskService().complete(job.getId(), WORKER,
        Map.of(Vars.PUBLISHED_AT, nowAsTyped())))
        .satisfies(thrown -> assertThat(InvalidInputException.in(thrown)).get().extracting(Throwable::getMessage)
            .isEqualTo("Record the post's address (its URL on the network, §II.C)."));
    String tomorrow = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC).plusDays(1)
        .toString();
    assertThatThrownBy(() -> engine.getExternalTaskService().complete(job.getId(), WORKER,
        Map.of(Vars.PUBLISHED_AT, tomorrow, Vars.POST_URL, "https://www.facebook.com/SpringfieldPD/posts/9")))
        .satisfies(thrown -> assertThat(InvalidInputException.in(thrown)).get().extracting(Throwable::getMessage)
            .asString().endsWith("is in the future: record the time the post went out, once it has."));
    assertThat(instance).isWaitingAt(Elements.PUBLISH_BY_CONNECTOR);
    assertThat(kinds(instance)).doesNotContain(LogKind.PUBLISHED);
  }

  @Test
  void anUrgentNoticeSkipsHrAndGoesOutThroughTheConnectorAtOnce_PurposeSix() {
    Map<String, Object> notice = draft(demoAccount(), PostCategory.CRITICAL_INCIDENT_NOTICE.value,
        "Flooding on River Road: the road is closed both ways.");
    notice.put(Vars.URGENT, true);
    ProcessInstance instance = file(PIO, notice);
    check(PIO, instance, "", true);

    assertThat(instance).isWaitingAt(Elements.PUBLISH_BY_CONNECTOR).hasNotPassed(Elements.APPROVE_AS_OVERSEER);
    engine.getExternalTaskService().complete(fetchPublication(instance).getId(), WORKER,
        Map.of(Vars.PUBLISHED_AT, nowAsTyped(), Vars.POST_URL, "https://www.facebook.com/SpringfieldPD/posts/2002"));
    assertThat(instance).isWaitingAt(Elements.REVIEW_PUBLISHED_NOTICE);
    assertThat(entry(instance, LogKind.PUBLISHED).publishedBeforeReview()).isTrue();
    complete("designee", instance, Elements.REVIEW_PUBLISHED_NOTICE,
        Map.of(Vars.REVIEW_OUTCOME, ReviewOutcomes.CONFIRMED, Vars.REVIEW_NOTATION, "Correct and timely."));
    assertThat(instance).isEnded().hasPassed(Elements.NOTICE_REVIEWED);
  }

  private LockedExternalTask fetchPublication(ProcessInstance instance) {
    List<LockedExternalTask> locked = engine.getExternalTaskService().fetchAndLock(1, WORKER)
        .topic(OfficialPost.TOPIC_PUBLISH, Duration.ofMinutes(5).toMillis()).businessKey(postNumber(instance))
        .execute();
    assertThat(locked).as("a publication waiting for the connector").hasSize(1);
    return locked.get(0);
  }
}
