package org.policy321.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.Officers;
import org.policy321.testing.PdfA;
import org.policy321.testing.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * §VI.A over HTTP: the compliance view per role (HR and auditors everyone, a supervisor their people, nobody else),
 * its CSV and PDF/A exports; and what {@code /engine-rest} refuses around a training: working someone else's task,
 * setting the check's outcome or an acknowledgement by hand, reading someone else's answers.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class TrainingRestTest {

  static final String COMPLIANCE = "/api/training/compliance";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired TrainingService trainings;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    EngineRest.serve(engine);
    rest = new EngineRest(template);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** A new officer who signs in to /engine-rest and /api with the demo password. */
  private String officer(String firstName, String lastName, String supervisor) {
    String id = Officers.enlist(engine, roster, firstName, lastName, supervisor);
    var user = engine.getIdentityService().createUserQuery().userId(id).singleResult();
    user.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(user);
    return id;
  }

  private ProcessInstance assignedByHr(String employee) {
    return new TrainingDriver(engine).assignedByHr(employee);
  }

  private Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private void complete(String user, ProcessInstance instance, Map<String, Object> variables) {
    new TrainingDriver(engine).complete(user, task(instance), variables);
  }

  /** The whole training, passed and confirmed. */
  private void train(String officer) {
    ProcessInstance training = assignedByHr(officer);
    complete(officer, training, Map.of(SocialMediaTraining.Vars.MATERIAL_READ, true));
    complete(officer, training, Map.of(SocialMediaTraining.Vars.CHECK_ANSWERS, TrainingTestSupport.RIGHT));
    complete(officer, training, Map.of(SocialMediaTraining.Vars.ACKNOWLEDGED_REVISION,
        TrainingTestSupport.FIRST_REVISION, SocialMediaTraining.Vars.ATTESTED, true));
    complete("hr", training, Map.of(SocialMediaTraining.Vars.CONFIRMED, true));
  }

  private Reply get(String user, String path) {
    ResponseEntity<String> response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .exchange(path, HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

  private ResponseEntity<byte[]> bytes(String user, String path) {
    return template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .exchange(path, HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), byte[].class);
  }

  private List<String> lines(String user) {
    Reply reply = get(user, COMPLIANCE);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return java.util.stream.StreamSupport.stream(reply.json().path("lines").spliterator(), false)
        .map(line -> line.path("userId").asText() + " trained=" + !line.path("trainingCompletedAt").isNull()
            + " acknowledged=" + !line.path("currentRevisionAcknowledgedAt").isNull() + " overdue="
            + line.path("overdue").size() + " compliant=" + line.path("compliant").asBoolean())
        .toList();
  }

  @Test
  void theComplianceViewShowsHrAndAuditorsEveryone_aSupervisorTheirPeople_VIA() {
    String lead = officer("Noor", "Haddad", "supervisor");
    String trained = officer("Pat", "Osei", lead);
    String late = officer("Quinn", "Baptiste", lead);
    String elsewhere = officer("Remy", "Duarte", "designee");
    train(trained);
    assignedByHr(late);
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(31))));

    assertThat(lines(lead)).containsExactlyInAnyOrder(
        trained + " trained=true acknowledged=true overdue=0 compliant=true",
        late + " trained=false acknowledged=false overdue=1 compliant=false");
    assertThat(lines("supervisor")).as("their people, and the people under them").contains(
        trained + " trained=true acknowledged=true overdue=0 compliant=true").noneMatch(l -> l.startsWith(elsewhere));
    for (String reader : List.of("hr", "auditor")) {
      assertThat(lines(reader)).as(reader).anyMatch(l -> l.startsWith(trained + " ")).anyMatch(l -> l.startsWith(late + " "))
          .anyMatch(l -> l.startsWith(elsewhere + " trained=false"));
    }
    Reply refused = get("employee2", COMPLIANCE);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.message()).isEqualTo("The training compliance view is for Human Resources, auditors, and "
        + "supervisors for the people they supervise.");
    assertThat(get("hr", COMPLIANCE + "?format=xls").message())
        .isEqualTo("\"xls\" is no format of the compliance view: choose json, csv or pdf.");
  }

  @Test
  void theComplianceViewExportsAsCsvAndArchivalPdf_VIA() throws Exception {
    String lead = officer("Sol", "Amari", "supervisor");
    String trained = officer("Tam", "Okoro", lead);
    train(trained);

    ResponseEntity<byte[]> csv = bytes(lead, COMPLIANCE + ".csv");
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).startsWith("training-compliance-").endsWith(".csv");
    String text = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("Employee,Name,Unit,Supervisor,Training completed,Current revision acknowledged,Overdue,"
        + "Compliant\r\n").contains(trained + ",Officer Tam Okoro,Patrol Division,Officer Sol Amari,").endsWith(",yes\r\n");

    byte[] pdf = bytes("auditor", COMPLIANCE + "?format=pdf").getBody();
    String title = ComplianceView.TITLE + ", Policy 3.21 as revised " + trainings.get(
        trainings.of(trained).get(0).id()).dueAt().getYear();
    assertThat(PdfText.of(pdf)).contains(ComplianceView.TITLE, "Officer Tam Okoro", "Compliant: yes", "Helen Park");
    PdfA.assertPdfA2b(pdf, ComplianceView.TITLE + ", Policy 3.21 as revised 2026-02-02", "Policy 3.21 process engine");
    assertThat(title).isNotBlank();
  }

  /** The ids of the tasks the user's filter of that name lists (Tasklist's list, over /engine-rest). */
  private List<String> filtered(String user, String filterName) {
    Reply filters = rest.get(user, "/filter?resourceType=Task");
    String id = java.util.stream.StreamSupport.stream(filters.json().spliterator(), false)
        .filter(f -> filterName.equals(f.path("name").asText())).map(f -> f.path("id").asText()).findFirst()
        .orElse(null);
    if (id == null) {
      return null;
    }
    Reply listed = rest.post(user, "/filter/" + id + "/list?maxResults=1000", Map.of());
    return java.util.stream.StreamSupport.stream(listed.json().spliterator(), false).map(t -> t.path("id").asText())
        .toList();
  }

  @Test
  void hrFindsTrainingsToConfirmInTheirTasklistFilter_VIA() {
    String officer = officer("Vic", "Lund", "supervisor");
    ProcessInstance training = assignedByHr(officer);
    complete(officer, training, Map.of(SocialMediaTraining.Vars.MATERIAL_READ, true));
    complete(officer, training, Map.of(SocialMediaTraining.Vars.CHECK_ANSWERS, TrainingTestSupport.RIGHT));
    complete(officer, training, Map.of(SocialMediaTraining.Vars.ACKNOWLEDGED_REVISION,
        TrainingTestSupport.FIRST_REVISION, SocialMediaTraining.Vars.ATTESTED, true));
    String confirm = task(training).getId();

    assertThat(filtered("hr", TrainingTaskFilters.TRAININGS)).contains(confirm);
    assertThat(filtered("employee", TrainingTaskFilters.TRAININGS)).as("HR's filter only").isNull();
    complete("hr", training, Map.of(SocialMediaTraining.Vars.CONFIRMED, true));
  }

  @Test
  void engineRestRefusesWorkingOrReadingSomeoneElsesTraining_VIA() {
    String officer = officer("Uma", "Castillo", "supervisor");
    ProcessInstance training = assignedByHr(officer);
    Task study = task(training);

    Reply byAnother = rest.post("employee2", "/task/" + study.getId() + "/complete",
        EngineRest.withVariables(Map.of(SocialMediaTraining.Vars.MATERIAL_READ, Map.of("value", true, "type", "Boolean"))));
    assertThat(byAnother.status()).as(byAnother.toString()).isIn(403, 404);
    assertThat(task(training).getId()).isEqualTo(study.getId());

    complete(officer, training, Map.of(SocialMediaTraining.Vars.MATERIAL_READ, true));
    Task check = task(training);
    Map<String, Object> forged = new HashMap<>();
    forged.put(SocialMediaTraining.Vars.CHECK_ANSWERS, EngineRest.string(TrainingTestSupport.ONE_WRONG));
    forged.put(SocialMediaTraining.Vars.CHECK_PASSED, Map.of("value", true, "type", "Boolean"));
    Reply passedByHand = rest.post(officer, "/task/" + check.getId() + "/complete", EngineRest.withVariables(forged));
    assertThat(passedByHand.status()).as(passedByHand.toString()).isEqualTo(400);
    assertThat(passedByHand.message()).contains("checkPassed");
    Reply setByHand = rest.post(officer, "/task/" + check.getId() + "/variables",
        Map.of("modifications", Map.of(SocialMediaTraining.Vars.CHECK_PASSED, Map.of("value", true, "type", "Boolean"))));
    assertThat(setByHand.status()).as(setByHand.toString()).isIn(400, 403);
    Reply onInstance = rest.post(officer, "/process-instance/" + training.getId() + "/variables",
        Map.of("modifications", Map.of(SocialMediaTraining.Vars.ATTESTED, Map.of("value", true, "type", "Boolean"))));
    assertThat(onInstance.status()).as(onInstance.toString()).isIn(400, 403, 404);
    assertThat(task(training).getTaskDefinitionKey()).isEqualTo(SocialMediaTraining.Elements.CHECK_UNDERSTANDING);

    complete(officer, training, Map.of(SocialMediaTraining.Vars.CHECK_ANSWERS, TrainingTestSupport.ONE_WRONG));
    Reply answers = rest.get("employee2", "/process-instance/" + training.getId() + "/variables");
    assertThat(answers.status()).as(answers.toString()).isIn(403, 404);
    Reply history = rest.get("employee2", "/history/variable-instance?processInstanceId=" + training.getId());
    assertThat(history.status() == 403 || history.json().isEmpty()).as(history.toString()).isTrue();
    Reply taskVariables = rest.get("employee2", "/task/" + task(training).getId() + "/variables");
    assertThat(taskVariables.status()).as(taskVariables.toString()).isIn(403, 404);
    assertThat(rest.get("hr", "/process-instance/" + training.getId() + "/variables").status())
        .as("HR oversees trainings").isEqualTo(200);

    Reply questions = get(officer, "/api/training/questions");
    assertThat(questions.status()).isEqualTo(200);
    assertThat(questions.body()).contains("depictions", "§III.E").doesNotContain("\"answer\"");
  }
}
