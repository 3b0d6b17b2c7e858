package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The anonymous report form offers supervisors by their roster names, whatever their Camunda profile says. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class ReportFormRosterNamesTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void aSupervisorWhoRenamedThemselvesIsOfferedUnderTheRosterName() {
    rename("supervisor", "Rosa", "Delgado");
    try {
      var form = new ReportPageClient(port).openForm();

      assertThat(form.get("supervisors")).extracting(s -> s.get("id").asText() + "=" + s.get("name").asText())
          .containsExactly("supervisor=Thomas Brennan");
    } finally {
      rename("supervisor", "Thomas", "Brennan");
    }
  }

  private void rename(String userId, String firstName, String lastName) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setFirstName(firstName);
    user.setLastName(lastName);
    identityService.saveUser(user);
  }
}
