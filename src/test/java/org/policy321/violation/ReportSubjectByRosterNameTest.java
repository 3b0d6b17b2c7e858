package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.violation.ViolationReporting.Vars;

/**
 * A report that names the employee concerned as "first last" finds them on the roster: an employee who
 * gives themselves that name in their Camunda profile neither diverts the report nor hides behind it.
 */
class ReportSubjectByRosterNameTest extends ViolationTestSupport {

  @Test
  void aSelfChosenProfileNameDoesNotChangeWhomAReportConcerns() {
    String lastName = "Marlow" + UUID.randomUUID().toString().substring(0, 6);
    String officer = newOfficer("Quinn", lastName);
    String impostor = newOfficer("Avery", "Stone" + UUID.randomUUID().toString().substring(0, 6));
    User profile = engine.getIdentityService().createUserQuery().userId(impostor).singleResult();
    profile.setFirstName("Quinn");
    profile.setLastName(lastName);
    engine.getIdentityService().saveUser(profile);

    ProcessInstance report = reportNamed("employee2", report("Quinn " + lastName, "internal-affairs", false));

    assertThat(engine.getRuntimeService().getVariable(report.getId(), Vars.SUBJECT_ID)).isEqualTo(officer);
  }
}
