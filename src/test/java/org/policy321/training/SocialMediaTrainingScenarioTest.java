package org.policy321.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.policy321.training.SocialMediaTraining.Elements;
import static org.policy321.training.SocialMediaTraining.Vars;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.tasks.TaskReminder;

/** One test per path through bpmn/social-media-training.bpmn: training on hire and acknowledgements (§VI.A). */
class SocialMediaTrainingScenarioTest extends TrainingTestSupport {

  @Test
  void newHireFailsTheCheckOnceThenPassesAcknowledgesAndHrConfirms_VIA() {
    String officer = newOfficer("Avery", "Quinn", "supervisor");
    ProcessInstance training = assignedByHr(officer);

    assertThat(training).isWaitingAt(Elements.STUDY_MATERIAL);
    TrainingRecord opened = recordOf(training);
    assertThat(training.getBusinessKey()).isEqualTo(opened.number());
    assertThat(opened.kind()).isEqualTo(TrainingKind.NEW_HIRE);
    assertThat(opened.assignedBy()).isEqualTo("hr");
    Task study = task(training, Elements.STUDY_MATERIAL);
    assertThat(study.getAssignee()).isEqualTo(officer);
    assertDueWhenTimerFires(study, training.getId(), Elements.OVERDUE);

    readMaterial(training, officer);
    answerCheck(training, officer, ONE_WRONG);
    assertThat(training).isWaitingAt(Elements.STUDY_MATERIAL);
    assertThat(engine.getRuntimeService().getVariable(training.getId(), Vars.CHECK_RESULT)).asString()
        .contains("2 of 3 answers are right", "question 1 not", "§VI.A");
    readMaterial(training, officer);
    answerCheck(training, officer, RIGHT);
    assertThat(training).isWaitingAt(Elements.ACKNOWLEDGE_REVISION);
    assertThat(engine.getRuntimeService().getVariable(training.getId(), Vars.REVISION)).isEqualTo(FIRST_REVISION);

    acknowledge(training, officer, FIRST_REVISION);
    assertThat(training).isWaitingAt(Elements.CONFIRM_TRAINING);
    Task confirm = task(training, Elements.CONFIRM_TRAINING);
    assertThat(engine.getTaskService().getIdentityLinksForTask(confirm.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(Groups.HR);
    confirmByHr(training);

    assertThat(training).isEnded().hasPassed(Elements.TRAINING_COMPLETED).hasNotPassed(Elements.SUPERVISOR_FOLLOW_UP);
    TrainingRecord done = recordOf(training);
    assertThat(done.failedChecks()).isEqualTo(1);
    assertThat(done.materialReads()).isEqualTo(2);
    assertThat(done.checkPassedAt()).isNotNull();
    assertThat(done.revisionId()).isEqualTo(revisions.byDate(LocalDate.parse(FIRST_REVISION)).orElseThrow().id());
    assertThat(done.attestation()).isEqualTo("I, Officer Avery Quinn, acknowledge on " + LocalDate.now() + " that I have "
        + "read Policy 3.21 as revised 2026-02-02 and will comply with it.");
    assertThat(done.confirmedBy()).isEqualTo("hr");
    assertThat(done.completedAt()).isNotNull();
  }

  @Test
  void theMaterialLoopIsWalkedAsOftenAsTheCheckFails_VIA() {
    String officer = newOfficer("Blair", "Nakamura", "supervisor");
    ProcessInstance training = assignedByHr(officer);
    for (int round = 0; round < 2; round++) {
      readMaterial(training, officer);
      answerCheck(training, officer, ONE_WRONG);
      assertThat(training).isWaitingAt(Elements.STUDY_MATERIAL);
    }
    readMaterial(training, officer);
    answerCheck(training, officer, RIGHT);
    acknowledge(training, officer, FIRST_REVISION);
    confirmByHr(training);

    assertThat(training).isEnded();
    assertThat(recordOf(training).failedChecks()).isEqualTo(2);
    assertThat(recordOf(training).materialReads()).isEqualTo(3);
  }

  @Test
  void overdueTrainingGoesToTheSupervisorThenToHr_andEndsWithTheEmployeesPart_VIA() {
    String officer = newOfficer("Casey", "Oduya", "supervisor");
    ProcessInstance training = assignedByHr(officer);
    readMaterial(training, officer);

    fire(training, Elements.OVERDUE);
    Task followUp = task(training, Elements.SUPERVISOR_FOLLOW_UP);
    assertThat(followUp.getAssignee()).as("the supervisor on the roster").isEqualTo("supervisor");
    Task check = task(training, Elements.CHECK_UNDERSTANDING);
    assertThat(check.getPriority()).isEqualTo(TaskReminder.REMINDED_PRIORITY);
    assertThat(engine.getTaskService().getTaskComments(check.getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains("Overdue", "your supervisor", "§VI.A"));
    assertThat(recordOf(training).supervisorRemindedAt()).isNotNull();
    assertThatThrownBy(() -> complete("supervisor", followUp, Map.of(Vars.FOLLOW_UP_NOTE, " ")))
        .hasMessageContaining("What you did about the overdue training is required.");
    complete("supervisor", followUp, Map.of(Vars.FOLLOW_UP_NOTE, "Talked to Casey; done by Friday"));
    assertThat(training).hasPassed(Elements.SUPERVISOR_FOLLOW_UP).isWaitingAt(Elements.CHECK_UNDERSTANDING);

    fire(training, Elements.STILL_OVERDUE);
    Task hrFollowUp = task(training, Elements.HR_FOLLOW_UP);
    assertThat(engine.getTaskService().getIdentityLinksForTask(hrFollowUp.getId())).extracting(IdentityLink::getGroupId)
        .contains(Groups.HR);
    assertThat(recordOf(training).hrRemindedAt()).isNotNull();
    complete("hr", hrFollowUp, Map.of(Vars.FOLLOW_UP_NOTE, "Reminded by phone"));

    answerCheck(training, officer, RIGHT);
    acknowledge(training, officer, FIRST_REVISION);
    confirmByHr(training);
    assertThat(training).isEnded().hasPassed(Elements.HR_FOLLOW_UP, Elements.TRAINING_COMPLETED);
  }

  @Test
  void aFollowUpStillOpenEndsWithTheEmployeesPart_andWithoutSupervisorHrFollowsUp_VIA() {
    String officer = newOfficer("Dana", "Ibsen", null);
    ProcessInstance training = assignedByHr(officer);
    fire(training, Elements.OVERDUE);
    Task followUp = task(training, Elements.SUPERVISOR_FOLLOW_UP);
    assertThat(followUp.getAssignee()).as("nobody supervises them on the roster").isNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId())).extracting(IdentityLink::getGroupId)
        .contains(Groups.HR);
    assertThat(engine.getTaskService().getTaskComments(task(training, Elements.STUDY_MATERIAL).getId())).singleElement()
        .satisfies(c -> assertThat(c.getFullMessage()).contains("Human Resources"));

    readMaterial(training, officer);
    answerCheck(training, officer, RIGHT);
    acknowledge(training, officer, FIRST_REVISION);

    assertThat(training).isWaitingAt(Elements.CONFIRM_TRAINING).hasPassed(Elements.EMPLOYEE_DONE);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(training.getId())
        .taskDefinitionKey(Elements.SUPERVISOR_FOLLOW_UP).count()).as("the follow-up ended with the employee's part")
        .isZero();
    confirmByHr(training);
    assertThat(training).isEnded();
  }

  @Test
  void aRevisionIsAcknowledgedAloneWithoutConfirmation_VIA() {
    String officer = newOfficer("Emery", "Lindqvist", "supervisor");
    starts.start(officer, TrainingKind.REVISION, null);
    ProcessInstance acknowledgement = trainingOf(officer, TrainingKind.REVISION);
    assertThat(acknowledgement).isWaitingAt(Elements.ACKNOWLEDGE_REVISION);

    acknowledge(acknowledgement, officer, FIRST_REVISION);

    assertThat(acknowledgement).isEnded().hasPassed(Elements.REVISION_ACKNOWLEDGED)
        .hasNotPassed(Elements.STUDY_MATERIAL, Elements.CONFIRM_TRAINING);
    assertThat(recordOf(acknowledgement).completedAt()).isNotNull();
    assertThat(recordOf(acknowledgement).attestation()).contains("Officer Emery Lindqvist", "revised 2026-02-02");
  }

  @Test
  void badInputIsRefusedWithASentenceAndTheTaskStaysOpen_VIA() {
    String officer = newOfficer("Frankie", "Moreau", "supervisor");
    ProcessInstance training = assignedByHr(officer);
    Task study = task(training, Elements.STUDY_MATERIAL);
    assertThatThrownBy(() -> complete(officer, study, Map.of(Vars.MATERIAL_READ, false)))
        .hasMessageContaining("I have read the training material");
    readMaterial(training, officer);

    Task check = task(training, Elements.CHECK_UNDERSTANDING);
    assertThatThrownBy(() -> complete(officer, check, Map.of(Vars.CHECK_ANSWERS, "b, c, a")))
        .hasMessageContaining("The answers must be one JSON object");
    assertThatThrownBy(() -> complete(officer, check, Map.of(Vars.CHECK_ANSWERS, "{\"depictions\":\"b\"}")))
        .hasMessageContaining("Answer question 2");
    assertThatThrownBy(() -> complete(officer, check, Map.of(Vars.CHECK_ANSWERS,
        "{\"depictions\":\"z\",\"confidential\":\"c\",\"report\":\"a\"}")))
        .hasMessageContaining("\"z\" is not one of the answers offered to question 1; "
            + "choose one of them.");
    assertThat(recordOf(training).failedChecks()).as("a refused answer is no failed check").isZero();
    answerCheck(training, officer, RIGHT);

    Task acknowledge = task(training, Elements.ACKNOWLEDGE_REVISION);
    assertThatThrownBy(() -> complete(officer, acknowledge, Map.of(Vars.ACKNOWLEDGED_REVISION, "2025-01-01",
        Vars.ATTESTED, true)))
        .hasMessageContaining("Type the date of the revision you acknowledge exactly as shown: 2026-02-02 (you typed \"2025-01-01\").");
    assertThatThrownBy(() -> complete(officer, acknowledge, Map.of(Vars.ACKNOWLEDGED_REVISION, FIRST_REVISION,
        Vars.ATTESTED, false)))
        .hasMessageContaining("Tick the attestation to acknowledge Policy 3.21 as revised 2026-02-02.");
    assertThatThrownBy(() -> complete("employee2", acknowledge, Map.of(Vars.ACKNOWLEDGED_REVISION, FIRST_REVISION,
        Vars.ATTESTED, true))).as("someone else's task").isInstanceOf(AuthorizationException.class);
    assertThat(recordOf(training).acknowledgedAt()).isNull();
    acknowledge(training, officer, FIRST_REVISION);

    Task confirm = task(training, Elements.CONFIRM_TRAINING);
    assertThatThrownBy(() -> complete("hr", confirm, Map.of(Vars.CONFIRMED, false)))
        .hasMessageContaining("Tick the confirmation");
    confirmByHr(training);
    assertThatThrownBy(() -> complete("hr", confirm, Map.of(Vars.CONFIRMED, true)))
        .as("a second completion").isInstanceOf(RuntimeException.class);
    assertThat(training).isEnded();
  }

  @Test
  void hrAssignsTrainingOnlyToAnEmployeeWithoutOneOpen_VIA() {
    assertThatThrownBy(() -> assignedByHr("auditor"))
        .hasMessageContaining("\"auditor\" is not an employee of the department; training is for employees (Policy 3.21 §VI.A).");
    String officer = newOfficer("Gale", "Petrov", "supervisor");
    assignedByHr(officer);
    assertThatThrownBy(() -> assignedByHr(officer))
        .hasMessageContaining("Officer Gale Petrov already has training on hire open (TR-");
    assertThatThrownBy(() -> staff.as("employee", () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SocialMediaTraining.PROCESS_KEY, Map.of(Vars.EMPLOYEE_ID, "employee2"))))
        .as("only HR assigns trainings").isInstanceOf(AuthorizationException.class);
  }

  @Test
  void anEmployeeWhoLeavesHasTheirOpenTrainingWithdrawn_VIA() {
    String officer = newOfficer("Harper", "Young", "supervisor");
    ProcessInstance training = assignedByHr(officer);
    engine.getIdentityService().deleteMembership(officer, Groups.EMPLOYEE);

    assertThat(training).isEnded();
    TrainingRecord withdrawn = recordOf(training);
    assertThat(withdrawn.withdrawnAt()).isNotNull();
    assertThat(withdrawn.withdrawnReason()).contains("removed from the group employee");
    assertThat(ClockUtil.getCurrentTime()).isNotNull();
  }
}
