package org.policy321.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.training.SocialMediaTraining.Elements;
import static org.policy321.training.SocialMediaTraining.Vars;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.policy321.platform.identity.Roster;
import org.policy321.testing.Officers;
import org.policy321.testing.ProcessScenario;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole application, job executor off: trainings walked through social-media-training by their people. */
abstract class TrainingTestSupport extends ProcessScenario {

  /** The answers of application.yaml's questions: all right, and one wrong. */
  static final String RIGHT = "{\"depictions\":\"b\",\"confidential\":\"c\",\"report\":\"a\"}";
  static final String ONE_WRONG = "{\"depictions\":\"a\",\"confidential\":\"c\",\"report\":\"a\"}";
  /** The revision the migration records: Policy 3.21 as revised 2026-02-02. */
  static final String FIRST_REVISION = "2026-02-02";

  @Autowired Roster roster;
  @Autowired TrainingService trainings;
  @Autowired PolicyRevisions revisions;
  @Autowired TrainingStarts starts;

  String newOfficer(String firstName, String lastName, String supervisor) {
    return Officers.enlist(engine, roster, firstName, lastName, supervisor);
  }

  /** HR assigns the training from Tasklist (the start form names the employee). */
  ProcessInstance assignedByHr(String employee) {
    return new TrainingDriver(engine).assignedByHr(employee);
  }

  /** The one training process of the employee of that kind that is running. */
  ProcessInstance trainingOf(String employee, TrainingKind kind) {
    TrainingRecord record = trainings.of(employee).stream().filter(r -> r.kind() == kind).filter(TrainingRecord::open)
        .findFirst().orElseThrow(() -> new AssertionError("no open " + kind + " training of " + employee));
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(record.processInstanceId())
        .singleResult();
  }

  TrainingRecord recordOf(ProcessInstance instance) {
    return trainings.get(((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(Vars.TRAINING_ID).singleResult().getValue()).longValue());
  }

  Task task(ProcessInstance instance, String element) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(element).singleResult();
    assertThat(task).as(element + " open in " + instance.getId()).isNotNull();
    return task;
  }

  void complete(String user, Task task, Map<String, Object> variables) {
    new TrainingDriver(engine).complete(user, task, variables);
  }

  void readMaterial(ProcessInstance instance, String employee) {
    complete(employee, task(instance, Elements.STUDY_MATERIAL), Map.of(Vars.MATERIAL_READ, true));
  }

  void answerCheck(ProcessInstance instance, String employee, String answers) {
    complete(employee, task(instance, Elements.CHECK_UNDERSTANDING), Map.of(Vars.CHECK_ANSWERS, answers));
  }

  void acknowledge(ProcessInstance instance, String employee, String revision) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.ACKNOWLEDGED_REVISION, revision);
    variables.put(Vars.ATTESTED, true);
    complete(employee, task(instance, Elements.ACKNOWLEDGE_REVISION), variables);
  }

  void confirmByHr(ProcessInstance instance) {
    complete("hr", task(instance, Elements.CONFIRM_TRAINING), Map.of(Vars.CONFIRMED, true,
        Vars.CONFIRMATION_NOTE, "Checked the record"));
  }

  /** Moves the engine clock to just after the timer's due date and runs it. */
  void fire(ProcessInstance instance, String element) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(element)
        .singleResult();
    assertThat(timer).as("timer " + element).isNotNull();
    Date after = Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1)));
    if (after.after(ClockUtil.getCurrentTime())) {
      ClockUtil.setCurrentTime(after);
    }
    engine.getManagementService().executeJob(timer.getId());
  }
}
