package org.policy321.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.policy321.violation.ViolationReporting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The identity the demo configuration sets up at start: accounts, groups, roster, standing grants.
 * Same context configuration as the REST tests (RANDOM_PORT, profile test), so they share one
 * Spring context and one engine instead of building a second.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class IdentitySetupTest {

  private static final String PROCESS_KEY = "depiction-approval";

  /** README.md's demo accounts: id → first name, last name, groups. */
  private static final Map<String, List<String>> DEMO = Map.of(
      "chief", List.of("Margaret", "Holloway", "employee", "chief"),
      "designee", List.of("Daniel", "Okafor", "employee", "designee"),
      "ia", List.of("Rosa", "Delgado", "employee", "internal-affairs"),
      "supervisor", List.of("Thomas", "Brennan", "employee", "supervisor"),
      "employee", List.of("Jordan", "Reyes", "employee"),
      "employee2", List.of("Priya", "Shah", "employee"),
      "hr", List.of("Linda", "Carver", "employee", "hr"),
      "pio", List.of("Marcus", "Webb", "employee", "social-media"),
      "auditor", List.of("Helen", "Park", "auditor"),
      "admin", List.of("Alex", "Admin", "camunda-admin"));

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired Roster roster;
  @Autowired IdentityStartup identityStartup;
  @Autowired JdbcTemplate jdbc;

  @Test
  void demoUsersExistWithTheirNamesAndGroups() {
    DEMO.forEach((id, expected) -> {
      User user = identityService.createUserQuery().userId(id).singleResult();
      assertThat(user).as(id).isNotNull();
      assertThat(user.getFirstName()).as(id).isEqualTo(expected.get(0));
      assertThat(user.getLastName()).as(id).isEqualTo(expected.get(1));
      assertThat(identityService.checkPassword(id, "demo")).as(id).isTrue();
      assertThat(groupsOf(id)).as(id).containsExactlyInAnyOrderElementsOf(expected.subList(2, expected.size()));
    });
  }

  @Test
  void rosterGivesRankUnitAndChainOfCommand() {
    StaffMember employee = roster.member("employee");
    assertThat(employee.rank()).isEqualTo("Officer");
    assertThat(employee.unit()).isEqualTo("Patrol Division");
    assertThat(employee.signature()).isEqualTo("Officer Jordan Reyes, Patrol Division");
    assertThat(roster.member("auditor").rank()).isEqualTo("City Auditor");

    assertThat(roster.supervisorOf("employee")).contains("supervisor");
    assertThat(roster.supervisorOf("employee2")).contains("supervisor");
    assertThat(roster.supervisorOf("supervisor")).contains("designee");
    assertThat(roster.supervisorOf("designee")).contains("chief");
    assertThat(roster.supervisorOf("chief")).isEmpty();
  }

  @Test
  void runningTheSetupAgainCreatesNoDuplicateAuthorizationsMembershipsOrRosterEntries() {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long memberships = memberships();
    long rosterEntries = jdbc.queryForObject("SELECT COUNT(*) FROM roster_entry", Long.class);

    identityStartup.afterSingletonsInstantiated();
    identityStartup.afterSingletonsInstantiated();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(memberships()).isEqualTo(memberships);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM roster_entry", Long.class)).isEqualTo(rosterEntries);
    assertThat(standingGroupGrants()).doesNotHaveDuplicates();
    assertThat(roster.supervisorOf("employee")).contains("supervisor");
  }

  @Test
  void everyEmployeeMayStartADepictionRequest_IIIE() {
    assertThat(authorizationService.isUserAuthorized("employee", groupsOf("employee"),
        CREATE_INSTANCE, PROCESS_DEFINITION, PROCESS_KEY)).isTrue();
    assertThat(authorizationService.isUserAuthorized("employee2", groupsOf("employee2"),
        CREATE_INSTANCE, PROCESS_DEFINITION, PROCESS_KEY)).isTrue();
  }

  @Test
  void auditorReadsHistoryButMayNotStartARequest() {
    List<String> groups = groupsOf("auditor");
    assertThat(authorizationService.isUserAuthorized("auditor", groups, READ_HISTORY, PROCESS_DEFINITION, PROCESS_KEY))
        .isTrue();
    assertThat(authorizationService.isUserAuthorized("auditor", groups, CREATE_INSTANCE, PROCESS_DEFINITION, PROCESS_KEY))
        .isFalse();
  }

  @Test
  void auditorsReadTheHistoryOfEveryProcessButTheNamedReportersTasks_VC() throws IOException {
    String reporterTasks = ViolationReporting.REPORTER_PROCESS_KEY;
    List<String> keys;
    try (var diagrams = Files.list(Path.of("bpmn"))) {
      keys = diagrams.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bpmn"))
          .map(f -> f.substring(0, f.length() - ".bpmn".length())).toList();
    }
    assertThat(keys).contains(reporterTasks, PROCESS_KEY);
    for (String key : keys) {
      assertThat(authorizationService.isUserAuthorized("auditor", groupsOf("auditor"), READ_HISTORY, PROCESS_DEFINITION, key))
          .as("auditor reads the history of %s", key).isEqualTo(!key.equals(reporterTasks));
    }
    for (String user : List.of("ia", "chief")) {
      assertThat(authorizationService.isUserAuthorized(user, groupsOf(user), READ_HISTORY, PROCESS_DEFINITION, reporterTasks))
          .as(user).isTrue();
    }
    for (String user : List.of("employee", "employee2", "designee", "supervisor")) {
      assertThat(authorizationService.isUserAuthorized(user, groupsOf(user), READ_HISTORY, PROCESS_DEFINITION, reporterTasks))
          .as(user).isFalse();
    }
  }

  @Test
  void readHistoryOnAnyProcessThatAnEarlierVersionGaveAuditorsIsWithdrawnAtStartUp() {
    Authorization any = authorizationService.createAuthorizationQuery().groupIdIn(Groups.AUDITOR)
        .resourceType(PROCESS_DEFINITION).resourceId(Authorization.ANY).singleResult();
    any.addPermission(READ_HISTORY); // as a database set up by an earlier version holds it
    authorizationService.saveAuthorization(any);
    String reporterTasks = ViolationReporting.REPORTER_PROCESS_KEY;
    assertThat(authorizationService.isUserAuthorized("auditor", groupsOf("auditor"), READ_HISTORY, PROCESS_DEFINITION,
        reporterTasks)).isTrue();

    identityStartup.afterSingletonsInstantiated();

    Authorization after = authorizationService.createAuthorizationQuery().groupIdIn(Groups.AUDITOR)
        .resourceType(PROCESS_DEFINITION).resourceId(Authorization.ANY).singleResult();
    assertThat(after.isPermissionGranted(READ_HISTORY)).isFalse();
    assertThat(after.isPermissionGranted(READ))
        .as("auditors still see every definition in Cockpit").isTrue();
    assertThat(authorizationService.isUserAuthorized("auditor", groupsOf("auditor"), READ_HISTORY, PROCESS_DEFINITION,
        reporterTasks)).isFalse();
    assertThat(authorizationService.isUserAuthorized("auditor", groupsOf("auditor"), READ_HISTORY, PROCESS_DEFINITION,
        PROCESS_KEY)).isTrue();
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private long memberships() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP", Long.class);
  }

  /** "group/resource/resourceId" of every group grant; each should be one authorization. */
  private List<String> standingGroupGrants() {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).list()
        .stream().filter(a -> a.getGroupId() != null)
        .map(a -> a.getGroupId() + "/" + a.getResourceType() + "/" + a.getResourceId())
        .collect(Collectors.toList());
  }
}
