package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval.Vars;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.MemoOverRest;
import org.policy321.testing.PdfText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

/**
 * An employee may still edit their own Camunda profile (Tasklist's profile page; the password change
 * lives there too), but official documents name people as the roster does: a memo sent after renaming
 * oneself "Margaret Holloway" still comes "From" the officer the department knows.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class RosterNamesOnDocumentsTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  private EngineRest rest;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(processEngine);
    rest = new EngineRest(template);
  }

  @AfterEach
  void restoreProfile() {
    User user = identityService.createUserQuery().userId("employee2").singleResult();
    user.setFirstName("Priya");
    user.setLastName("Shah");
    identityService.saveUser(user);
  }

  @Test
  void memorandumNamesTheRosterNameAfterTheEmployeeRenamedThemselves() {
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    int renamed = template.withBasicAuth("employee2", EngineRest.DEMO_PASSWORD).exchange(
        EngineRest.BASE + "/user/employee2/profile", HttpMethod.PUT, new HttpEntity<>(
            "{\"id\":\"employee2\",\"firstName\":\"Margaret\",\"lastName\":\"Holloway\","
                + "\"email\":\"employee2@department.example\"}", json), String.class).getStatusCode().value();
    assertThat(renamed).as("users keep editing their own profile").isEqualTo(204);
    assertThat(identityService.createUserQuery().userId("employee2").singleResult().getLastName()).isEqualTo("Holloway");

    Reply started = rest.post("employee2", "/process-definition/key/" + DepictionApproval.PROCESS_KEY + "/start",
        withVariables(MemoOverRest.variables()));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().get("id").asText();
    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());

    String memorandum = PdfText.of((FileValue) runtimeService.getVariableTyped(instance, Vars.MEMORANDUM));
    assertThat(memorandum).contains("Officer Priya Shah, Patrol Division").doesNotContain("Holloway");
  }
}
