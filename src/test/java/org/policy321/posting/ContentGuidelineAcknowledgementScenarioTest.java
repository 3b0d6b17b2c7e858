package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.policy321.posting.ContentGuidelineAcknowledgement.Elements;
import static org.policy321.posting.ContentGuidelineAcknowledgement.Vars;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.platform.forms.InvalidInputException;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.tasks.TaskReminder;
import org.policy321.testing.Officers;
import org.policy321.testing.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * One test per path through bpmn/content-guideline-acknowledgement.bpmn (§I.B), and what
 * {@link ContentGuidelines#requireAcknowledgedCurrent} answers at each point: a poster acknowledges, is reminded at the
 * due date, is superseded by a newer version before or after acknowledging, or is revoked while asked. A context of
 * its own (the deadline stated here): every publication here makes a new version in force, which the demo poster of
 * the shared contexts has not acknowledged.
 */
@TestPropertySource(properties = "policy.posting.guideline-acknowledgement-deadline=P7D")
class ContentGuidelineAcknowledgementScenarioTest extends ProcessScenario {

  @Autowired ContentGuidelines guidelines;
  @Autowired GuidelineAcknowledgements acknowledgements;
  @Autowired GuidelineAcknowledgementRepository acknowledgementRows;
  @Autowired AuthorizedPosters posters;
  @Autowired OfficialAccountRepository accounts;
  @Autowired Roster roster;
  @Autowired Clock clock;

  @Test
  void aNewPosterAcknowledgesTheVersionInForce_andMayThenPost_IB() {
    ContentGuideline inForce = publish();
    String poster = newPoster();
    ProcessInstance asked = acknowledgementOf(poster, inForce);

    assertThat(asked).isWaitingAt(Elements.ACKNOWLEDGE);
    Task task = task(asked);
    assertThat(task.getAssignee()).isEqualTo(poster);
    assertThat(task.getName()).isEqualTo("Acknowledge content guidelines v" + inForce.version());
    assertDueWhenTimerFires(task, asked.getId(), Elements.OVERDUE);
    assertThat(engine.getRuntimeService().getVariable(asked.getId(), Vars.POSTER_NAME)).isEqualTo("Officer Avery Quinn");
    assertThatThrownBy(() -> guidelines.requireAcknowledgedCurrent(poster))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("You have not acknowledged the department's content guidelines v" + inForce.version() + " (\""
            + inForce.title() + "\", in force since " + longDate(inForce.effectiveOn()) + "). Acknowledge them in "
            + "Tasklist (\"Acknowledge content guidelines v" + inForce.version() + "\") before you file or check an "
            + "official post (Policy 3.21 §I.B). Nothing was recorded.");

    acknowledge(poster, asked);

    assertThat(asked).hasPassed(Elements.ACKNOWLEDGE).isWaitingAt(Elements.IN_FORCE).hasNotPassed(Elements.REMIND);
    assertThat(guidelines.requireAcknowledgedCurrent(poster)).contains(inForce);
    assertThat(row(asked)).satisfies(ack -> {
      assertThat(ack.status()).isEqualTo(AcknowledgementStatus.ACKNOWLEDGED);
      assertThat(ack.acknowledgedAt()).isNotNull();
      assertThat(ack.closedAt()).as("counts while the version is in force").isNull();
    });
  }

  @Test
  void anAcknowledgementNotGivenByItsDueDateIsReminded_andTheTaskStays_IB() {
    ContentGuideline inForce = publish();
    String poster = newPoster();
    ProcessInstance asked = acknowledgementOf(poster, inForce);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(7).plusMinutes(1))));
    execute(job(Elements.OVERDUE, asked));

    assertThat(asked).hasPassed(Elements.REMIND, Elements.REMINDED).isWaitingAt(Elements.ACKNOWLEDGE);
    Task task = task(asked);
    assertThat(task.getPriority()).isEqualTo(TaskReminder.REMINDED_PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(task.getId())).singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage()).contains("Reminder", "v" + inForce.version(),
            "cannot file an official post"));
    assertThat(view(poster)).singleElement().satisfies(line -> {
      assertThat(line.status()).isEqualTo(AcknowledgementStatus.PENDING);
      assertThat(line.overdue()).isTrue();
      assertThat(line.remindedAt()).isNotNull();
    });
    assertThatThrownBy(() -> guidelines.requireAcknowledgedCurrent(poster)).isInstanceOf(InvalidInputException.class);

    acknowledge(poster, asked);
    assertThat(asked).isWaitingAt(Elements.IN_FORCE);
    assertThat(view(poster)).singleElement().satisfies(line -> assertThat(line.overdue()).isFalse());
    assertThat(guidelines.requireAcknowledgedCurrent(poster)).contains(inForce);
  }

  @Test
  void aNewerVersionEndsTheAcknowledgedOne_andIsAskedOfThePosterAgain_IB() {
    ContentGuideline older = publish();
    String poster = newPoster();
    ProcessInstance first = acknowledgementOf(poster, older);
    acknowledge(poster, first);

    ContentGuideline newer = publish();

    assertThat(first).hasPassed(Elements.IN_FORCE, Elements.SUPERSEDED).isEnded();
    assertThat(row(first).status()).as("what the poster acknowledged stays on record")
        .isEqualTo(AcknowledgementStatus.ACKNOWLEDGED);
    assertThat(row(first).closedAt()).isNotNull();
    assertThatThrownBy(() -> guidelines.requireAcknowledgedCurrent(poster))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("You acknowledged content guidelines v" + older.version() + ", but the Chief has since "
            + "issued content guidelines v" + newer.version() + " (\"" + newer.title() + "\"")
        .hasMessageEndingWith("before you file or check an official post (Policy 3.21 §I.B). Nothing was recorded.");

    ProcessInstance second = acknowledgementOf(poster, newer);
    acknowledge(poster, second);
    assertThat(guidelines.requireAcknowledgedCurrent(poster)).contains(newer);
  }

  @Test
  void aPendingAcknowledgementIsSupersededByANewerVersion_IB() {
    ContentGuideline older = publish();
    String poster = newPoster();
    ProcessInstance first = acknowledgementOf(poster, older);

    ContentGuideline newer = publish();

    assertThat(first).hasPassed(Elements.NO_LONGER_ASKED, Elements.CLOSED_UNACKNOWLEDGED).hasNotPassed(Elements.IN_FORCE)
        .isEnded();
    assertThat(row(first).status()).isEqualTo(AcknowledgementStatus.SUPERSEDED);
    ProcessInstance second = acknowledgementOf(poster, newer);
    assertThat(second).isWaitingAt(Elements.ACKNOWLEDGE);
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee(poster).list()).as("one task: the version in force")
        .singleElement().satisfies(task -> assertThat(task.getName()).endsWith("v" + newer.version()));
  }

  @Test
  void aPosterRevokedBeforeAcknowledgingIsNoLongerAsked_IA_IB() {
    ContentGuideline inForce = publish();
    String poster = newPoster();
    ProcessInstance asked = acknowledgementOf(poster, inForce);

    posters.revoke("designee", poster, "Moved to the detective bureau");

    assertThat(asked).hasPassed(Elements.NO_LONGER_ASKED, Elements.CLOSED_UNACKNOWLEDGED).isEnded();
    assertThat(row(asked).status()).isEqualTo(AcknowledgementStatus.WITHDRAWN);
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee(poster).count()).isZero();
  }

  @Test
  void onlyThePosterAcknowledges_andOnlyWithTheBoxTicked_IB() {
    ContentGuideline inForce = publish();
    String poster = newPoster();
    ProcessInstance asked = acknowledgementOf(poster, inForce);
    String taskId = task(asked).getId();

    assertThatThrownBy(() -> staff.as(poster, () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.ACKNOWLEDGED, false))))
        .hasMessageContaining("Tick the box to acknowledge that you have read the content guidelines v"
            + inForce.version());
    // An operator can complete anyone's task through the API; an acknowledgement is the poster's own.
    assertThatThrownBy(() -> staff.as("admin", () -> engine.getTaskService().complete(taskId,
        Map.of(Vars.ACKNOWLEDGED, true))))
        .hasMessageContaining("Only Officer Avery Quinn acknowledges the content guidelines v" + inForce.version()
            + " for themselves");

    assertThat(asked).isWaitingAt(Elements.ACKNOWLEDGE);
    assertThat(row(asked).status()).isEqualTo(AcknowledgementStatus.PENDING);
  }

  @Test
  void aPosterAuthorizedTwiceForTheSameVersionIsAskedOnce_IB() {
    ContentGuideline inForce = publish();
    String poster = newPoster();
    ProcessInstance asked = acknowledgementOf(poster, inForce);
    acknowledge(poster, asked);
    posters.revoke("chief", poster, "Leave of absence");

    posters.authorize("chief", new AuthorizedPosters.Grant(poster, List.of(demoAccount()),
        PostingEquipment.DEPARTMENT_APPROVED, null));

    assertThat(engine.getTaskService().createTaskQuery().taskAssignee(poster).count())
        .as("the version in force is acknowledged already").isZero();
    assertThat(guidelines.requireAcknowledgedCurrent(poster)).contains(inForce);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private ContentGuideline publish() {
    return guidelines.publish("chief", new ContentGuidelines.Publication("Guidelines " + UUID.randomUUID(),
        "1. Post facts.\n2. Name no suspect before arrest (§IV.A).", LocalDate.now(clock)));
  }

  private String newPoster() {
    String officer = Officers.enlist(engine, roster, "Avery", "Quinn", "supervisor");
    posters.authorize("chief", new AuthorizedPosters.Grant(officer, List.of(demoAccount()),
        PostingEquipment.DEPARTMENT_APPROVED, null));
    return officer;
  }

  private long demoAccount() {
    return accounts.findAllByOrderByPlatformAscHandleAsc().get(0).id();
  }

  private ProcessInstance acknowledgementOf(String poster, ContentGuideline version) {
    GuidelineAcknowledgement ack = acknowledgementRows
        .findFirstByPosterIdAndGuidelineVersionAndClosedAtIsNull(poster, version.version()).orElseThrow();
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ContentGuidelineAcknowledgement.PROCESS_KEY).processInstanceBusinessKey(ack.number())
        .singleResult();
    assertThat(instance).as("the acknowledgement " + ack.number() + " runs").isNotNull();
    return instance;
  }

  private Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(Elements.ACKNOWLEDGE).singleResult();
  }

  private void acknowledge(String poster, ProcessInstance instance) {
    String taskId = task(instance).getId();
    staff.as(poster, () -> engine.getTaskService().complete(taskId, Map.of(Vars.ACKNOWLEDGED, true)));
  }

  private GuidelineAcknowledgement row(ProcessInstance instance) {
    return acknowledgementRows.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  private List<GuidelineAcknowledgements.AcknowledgementView> view(String poster) {
    return acknowledgements.view("hr", null).stream().filter(line -> line.posterId().equals(poster)).toList();
  }

  private static String longDate(LocalDate day) {
    return day.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy"));
  }
}
