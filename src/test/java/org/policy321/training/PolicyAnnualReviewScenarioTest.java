package org.policy321.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policy321.training.PolicyAnnualReview.Elements;
import static org.policy321.training.PolicyAnnualReview.Vars;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * bpmn/policy-annual-review.bpmn (§VI.A): the review opens from its timer with the year's input; no change, or a
 * revision that every employee acknowledges. A context of its own (its own database), since a revision asks every
 * employee in the database, the demo users included.
 */
@TestPropertySource(properties = "policy.training.annual-review-cycle=0 0 8 15 1 ?")
class PolicyAnnualReviewScenarioTest extends TrainingTestSupport {

  @Autowired PolicyReviews reviews;

  /** The timer start event's job: due at 08:00 on the next 15 January; running it opens a review. */
  private ProcessInstance reviewFiresFromItsTimer() {
    Job timer = engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(PolicyAnnualReview.PROCESS_KEY).singleResult();
    assertThat(timer).as("the annual review's timer").isNotNull();
    LocalDate due = timer.getDuedate().toInstant().atZone(ZoneOffset.systemDefault()).toLocalDate();
    assertThat(due.getMonthValue()).isEqualTo(1);
    assertThat(due.getDayOfMonth()).isEqualTo(15);
    assertThat(timer.getDuedate()).isAfter(ClockUtil.getCurrentTime());
    ClockUtil.setCurrentTime(java.util.Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
    engine.getManagementService().executeJob(timer.getId());
    List<ProcessInstance> running = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PolicyAnnualReview.PROCESS_KEY).active().list();
    assertThat(engine.getManagementService().createJobQuery().timers()
        .processDefinitionKey(PolicyAnnualReview.PROCESS_KEY).singleResult().getDuedate())
        .as("the next year's timer").isAfter(timer.getDuedate());
    return running.get(running.size() - 1);
  }

  private void decide(ProcessInstance review, String user, Map<String, Object> variables) {
    complete(user, task(review, Elements.REVIEW_POLICY), variables);
  }

  @Test
  void theReviewFiresFromItsTimer_andTheChiefKeepsThePolicyUnchanged_VIA() {
    PolicyRevision current = revisions.current();
    ProcessInstance review = reviewFiresFromItsTimer();

    assertThat(review).isWaitingAt(Elements.REVIEW_POLICY);
    assertThat(review.getBusinessKey()).startsWith(PolicyAnnualReview.NUMBER_PREFIX);
    Task task = task(review, Elements.REVIEW_POLICY);
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder("chief", "hr");
    assertThat((String) engine.getRuntimeService().getVariable(review.getId(), Vars.REVIEW_INPUT))
        .contains("finding(s) of policy failure", "approval(s) issued", "removal(s) opened", "violation cases by clause");
    assertThatThrownBy(() -> decide(review, "chief", Map.of(Vars.OUTCOME, "maybe")))
        .hasMessageContaining("Choose the outcome: no change, or revised.");

    decide(review, "chief", Map.of(Vars.OUTCOME, "no-change", Vars.NOTE, "Nothing in the year's cases calls for a change"));

    assertThat(review).isEnded().hasPassed(Elements.UNCHANGED).hasNotPassed(Elements.ASK_EVERY_EMPLOYEE);
    PolicyReviews.Review recorded = reviews.ofProcessInstance(review.getId()).orElseThrow();
    assertThat(recorded.outcome()).isEqualTo("no-change");
    assertThat(recorded.decidedBy()).isEqualTo("chief");
    assertThat(revisions.current()).isEqualTo(current);
  }

  @Test
  void aRevisionIsRegisteredAndEveryEmployeeIsAskedToAcknowledgeIt_VIA() {
    String officer = newOfficer("Ivy", "Okonkwo", "supervisor");
    ProcessInstance review = reviewFiresFromItsTimer();
    // The day the review opened (the engine's clock): adopted, and after the current revision.
    String revisionDate = ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();

    Map<String, Object> revised = new HashMap<>();
    revised.put(Vars.OUTCOME, "revised");
    revised.put(Vars.REVISION_DATE, revisionDate);
    assertThatThrownBy(() -> decide(review, "hr", revised)).hasMessageContaining("The summary of the revision is required.");
    revised.put(Vars.REVISION_DATE, "2020-01-01");
    revised.put(Vars.REVISION_SUMMARY, "§III.E now covers body-worn camera footage");
    assertThatThrownBy(() -> decide(review, "hr", revised)).hasMessageContaining("must be after the current revision's");
    revised.put(Vars.REVISION_DATE, revisionDate);
    assertThatThrownBy(() -> decide(review, "employee", revised)).as("not the Chief's or HR's task")
        .isInstanceOf(RuntimeException.class);
    decide(review, "hr", revised);

    assertThat(review).isWaitingAt(Elements.ASK_EVERY_EMPLOYEE);
    assertThat(revisions.current().revisionDate()).isEqualTo(LocalDate.parse(revisionDate));
    assertThat(revisions.current().summary()).contains("body-worn camera");
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(review.getId()).activityId(Elements.ASK_EVERY_EMPLOYEE).singleResult().getId());
    assertThat(review).isEnded().hasPassed(Elements.REVISED);

    List<User> employees = engine.getIdentityService().createUserQuery().memberOfGroup("employee").list();
    assertThat(employees).extracting(User::getId).contains(officer, "employee", "chief", "hr");
    for (User employee : employees) {
      assertThat(trainings.of(employee.getId())).as(employee.getId())
          .filteredOn(r -> r.kind() == TrainingKind.REVISION && r.revisionId() == revisions.current().id()).hasSize(1);
    }
    ProcessInstance acknowledgement = trainingOf(officer, TrainingKind.REVISION);
    assertThat(engine.getRuntimeService().getVariable(acknowledgement.getId(), SocialMediaTraining.Vars.REVISION))
        .isEqualTo(revisionDate);
    Task acknowledge = task(acknowledgement, SocialMediaTraining.Elements.ACKNOWLEDGE_REVISION);
    assertThat(acknowledge.getAssignee()).isEqualTo(officer);
    assertThat(acknowledge.getDueDate()).isNotNull();
    acknowledge(acknowledgement, officer, revisionDate);
    assertThat(acknowledgement).isEnded().hasPassed(SocialMediaTraining.Elements.REVISION_ACKNOWLEDGED);

    // Asked once: running the step again (a retry) asks nobody twice.
    int before = trainings.all().size();
    starts.askEveryEmployeeToAcknowledge();
    assertThat(trainings.all()).hasSize(before);
  }
}
