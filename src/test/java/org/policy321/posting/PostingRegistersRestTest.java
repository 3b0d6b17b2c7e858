package org.policy321.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;

/**
 * The registers of official accounts (§I.D, §VI.B) and authorized posters (§I.A) over {@code /api/posting}: who keeps
 * them, who reads them, what is refused with which sentence (and leaves the registers as they were), and that the
 * posters' Camunda group follows the register — and cannot be joined around it through {@code /engine-rest}.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class PostingRegistersRestTest {

  static final String ACCOUNTS = "/api/posting/accounts";
  static final String POSTERS = "/api/posting/posters";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired ContentGuidelines guidelines;

  String officer;

  @BeforeEach
  void officer() {
    EngineRest.serve(engine);
    officer = Officers.enlist(engine, roster, "Casey", "Morgan", "supervisor");
  }

  @Test
  void anAccountIsRegisteredOnlyWithItsChecklistConfirmed_thenOnce_ID() {
    String handle = uniqueHandle();
    Map<String, Object> withoutAddress = account(handle);
    withoutAddress.put("showsAddress", false);
    withoutAddress.put("showsPhoneNumber", false);

    Reply refused = send("hr", HttpMethod.POST, ACCOUNTS, withoutAddress);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).isEqualTo("The account's page must show the department's phone number and show the "
        + "department's address before it is registered as an official account (Policy 3.21 §I.D).");
    assertThat(handles("auditor")).doesNotContain(handle);

    Reply registered = send("hr", HttpMethod.POST, ACCOUNTS, account(handle));
    assertThat(registered.status()).isEqualTo(201);
    assertThat(registered.json().path("checklistConfirmedBy").asText()).isEqualTo("hr");
    assertThat(registered.json().path("overseerId").asText()).isEqualTo("hr");
    assertThat(handles("auditor")).contains(handle);

    Reply again = send("designee", HttpMethod.POST, ACCOUNTS, account(handle.toUpperCase()));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.message()).isEqualTo("Facebook " + handle.toUpperCase()
        + " is already registered as an official account.");
  }

  @Test
  void anAccountNeedsAnAddressAndAnOverseerWhoIsAnEmployee_ID_VIB() {
    Map<String, Object> noAddress = account(uniqueHandle());
    noAddress.put("url", "facebook dot com");
    assertThat(send("hr", HttpMethod.POST, ACCOUNTS, noAddress).message())
        .isEqualTo("The address \"facebook dot com\" is not a web address; give it as https://...");

    Map<String, Object> outsider = account(uniqueHandle());
    outsider.put("overseerId", "auditor");
    Reply refused = send("hr", HttpMethod.POST, ACCOUNTS, outsider);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.message()).isEqualTo("\"auditor\" is not a member of the department: name the employee who "
        + "oversees the account by their user id.");
  }

  @Test
  void onlyTheChiefDesigneesAndHrRegisterAccounts_andEmployeesDoNotReadTheRegisters_ID_VIB() {
    String handle = uniqueHandle();
    Reply refused = send("employee", HttpMethod.POST, ACCOUNTS, account(handle));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.message()).isEqualTo("Only the Chief of Police, a designee or Human Resources registers, changes or "
        + "closes the department's official accounts (Policy 3.21 §I.D, §VI.B).");
    assertThat(handles("auditor")).doesNotContain(handle);

    assertThat(send("employee", HttpMethod.GET, ACCOUNTS, null).status()).isEqualTo(403);
    assertThat(send("employee", HttpMethod.GET, POSTERS, null).status()).isEqualTo(403);
    assertThat(send("pio", HttpMethod.GET, POSTERS, null).status()).isEqualTo(200);
    assertThat(send("chief", HttpMethod.GET, ACCOUNTS, null).status()).isEqualTo(200);
  }

  @Test
  void theChiefAuthorizesAPoster_whoJoinsThePostersGroup_aDesigneeRevokesIt_andTheRecordStays_IA() {
    long account = registeredAccount();

    Reply authorized = send("chief", HttpMethod.POST, POSTERS, grant(officer, account, "DEPARTMENT_APPROVED", null));

    assertThat(authorized.status()).isEqualTo(201);
    assertThat(authorized.json().path("authorizedBy").asText()).isEqualTo("chief");
    assertThat(authorized.json().path("accounts").get(0).path("accountId").asLong()).isEqualTo(account);
    assertThat(inPostersGroup(officer)).isTrue();
    assertThat(current("auditor", officer)).isNotNull();

    Reply twice = send("designee", HttpMethod.POST, POSTERS, grant(officer, account, "DEPARTMENT_APPROVED", null));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.message()).startsWith("Officer Casey Morgan is already an authorized poster, since ")
        .endsWith("(Chief of Police Margaret Holloway). Revoke that authorization first to change it.");

    Reply withoutReason = send("designee", HttpMethod.POST, POSTERS + "/" + officer + "/revoke", Map.of("reason", " "));
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.message()).isEqualTo("The reason for the revocation is required.");
    assertThat(inPostersGroup(officer)).isTrue();

    Reply revoked = send("designee", HttpMethod.POST, POSTERS + "/" + officer + "/revoke",
        Map.of("reason", "Reassigned to patrol"));
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().path("revokedBy").asText()).isEqualTo("designee");
    assertThat(revoked.json().path("revocationReason").asText()).isEqualTo("Reassigned to patrol");
    assertThat(inPostersGroup(officer)).isFalse();
    assertThat(current("auditor", officer)).isNull();
    assertThat(all("auditor", officer)).hasSize(1);

    Reply revokedAgain = send("designee", HttpMethod.POST, POSTERS + "/" + officer + "/revoke",
        Map.of("reason", "again"));
    assertThat(revokedAgain.status()).isEqualTo(404);
    assertThat(revokedAgain.message()).isEqualTo("Officer Casey Morgan is not an authorized poster.");
  }

  @Test
  void anEquipmentExceptionIsRecordedWithWhoAllowedIt_IA() {
    long account = registeredAccount();
    Reply unexplained = send("chief", HttpMethod.POST, POSTERS, grant(officer, account, "EXCEPTION_AUTHORIZED", ""));
    assertThat(unexplained.status()).isEqualTo(400);
    assertThat(unexplained.message()).isEqualTo("Record the exception: who in administration allowed posting from "
        + "other than department-approved equipment, for which equipment, and why (Policy 3.21 §I.A).");
    assertThat(inPostersGroup(officer)).isFalse();

    Reply authorized = send("chief", HttpMethod.POST, POSTERS, grant(officer, account, "EXCEPTION_AUTHORIZED",
        "Deputy Chief Okafor: own phone during the flood response, until 2027-01-31"));
    assertThat(authorized.status()).isEqualTo(201);
    assertThat(authorized.json().path("equipment").asText()).isEqualTo("EXCEPTION_AUTHORIZED");
    assertThat(authorized.json().path("equipmentException").asText()).startsWith("Deputy Chief Okafor");
  }

  @Test
  void anAuthorizationNamesAnEmployeeAndExistingAccounts_IA() {
    long account = registeredAccount();
    Reply outsider = send("chief", HttpMethod.POST, POSTERS, grant("auditor", account, "DEPARTMENT_APPROVED", null));
    assertThat(outsider.status()).isEqualTo(400);
    assertThat(outsider.message()).isEqualTo("\"auditor\" is not an employee of the department; only employees are "
        + "authorized to post for it (Policy 3.21 §I.A).");

    Reply noAccount = send("chief", HttpMethod.POST, POSTERS, grant(officer, 987654321L, "DEPARTMENT_APPROVED", null));
    assertThat(noAccount.status()).isEqualTo(400);
    assertThat(noAccount.message()).isEqualTo("There is no official account 987654321: register the account first.");

    Map<String, Object> noAccounts = grant(officer, account, "DEPARTMENT_APPROVED", null);
    noAccounts.put("accountIds", List.of());
    assertThat(send("chief", HttpMethod.POST, POSTERS, noAccounts).message())
        .isEqualTo("Name the official accounts Officer Casey Morgan may post to.");
    assertThat(all("auditor", officer)).isEmpty();
    assertThat(inPostersGroup(officer)).isFalse();
  }

  @Test
  void onlyTheChiefOrADesigneeAuthorizes_andNobodyJoinsThePostersAroundTheRegister_IA() {
    long account = registeredAccount();
    for (String caller : List.of("hr", "supervisor", "pio", "auditor")) {
      Reply refused = send(caller, HttpMethod.POST, POSTERS, grant(officer, account, "DEPARTMENT_APPROVED", null));
      assertThat(refused.status()).as(caller).isEqualTo(403);
      assertThat(refused.message()).isEqualTo("Only the Chief of Police or a designee authorizes employees to post for "
          + "the department or revokes that authorization (Policy 3.21 §I.A).");
    }
    assertThat(all("auditor", officer)).isEmpty();

    // Camunda's own API: group membership is administrators' only (the employee joins themselves, the HR manager a
    // colleague), so the group cannot grow around the register.
    for (String caller : List.of("employee", "hr", "chief")) {
      Reply joined = send(caller, HttpMethod.PUT, EngineRest.BASE + "/group/" + Groups.SOCIAL_MEDIA + "/members/employee",
          null);
      assertThat(joined.status()).as(caller).isEqualTo(403);
    }
    assertThat(inPostersGroup("employee")).isFalse();
  }

  @Test
  void theDemosPublicInformationOfficerIsAuthorizedByTheChief_groupAndRegisterAgree_IA() {
    JsonNode pio = current("auditor", "pio");
    assertThat(pio).isNotNull();
    assertThat(pio.path("authorizedBy").asText()).isEqualTo("chief");
    assertThat(inPostersGroup("pio")).isTrue();
  }

  @Test
  void theDemosPublicInformationOfficerAcknowledgedTheDemosGuidelines_andMayPost_IB() {
    Reply current = send("pio", HttpMethod.GET, "/api/posting/guidelines/current", null);
    assertThat(current.status()).isEqualTo(200);
    assertThat(current.json().path("publishedBy").asText()).isEqualTo("chief");
    assertThat(guidelines.requireAcknowledgedCurrent("pio")).get().extracting(ContentGuideline::version)
        .isEqualTo(current.json().path("version").asInt());
  }

  private long registeredAccount() {
    Reply registered = send("designee", HttpMethod.POST, ACCOUNTS, account(uniqueHandle()));
    assertThat(registered.status()).isEqualTo(201);
    return registered.json().path("id").asLong();
  }

  private static String uniqueHandle() {
    return "@Precinct" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Object> account(String handle) {
    Map<String, Object> account = new HashMap<>();
    account.put("platform", "Facebook");
    account.put("handle", handle);
    account.put("url", "https://www.facebook.com/" + handle.substring(1));
    account.put("overseerId", "hr");
    account.put("statesMaintainedByDepartment", true);
    account.put("showsPhoneNumber", true);
    account.put("showsAddress", true);
    return account;
  }

  private static Map<String, Object> grant(String userId, long account, String equipment, String exception) {
    Map<String, Object> grant = new HashMap<>();
    grant.put("userId", userId);
    grant.put("accountIds", List.of(account));
    grant.put("equipment", equipment);
    grant.put("equipmentException", exception);
    return grant;
  }

  private List<String> handles(String caller) {
    Reply reply = send(caller, HttpMethod.GET, ACCOUNTS, null);
    assertThat(reply.status()).isEqualTo(200);
    return StreamSupport.stream(reply.json().spliterator(), false).map(a -> a.path("handle").asText()).toList();
  }

  private List<JsonNode> all(String caller, String userId) {
    Reply reply = send(caller, HttpMethod.GET, POSTERS, null);
    assertThat(reply.status()).isEqualTo(200);
    return StreamSupport.stream(reply.json().spliterator(), false)
        .filter(a -> a.path("userId").asText().equals(userId)).toList();
  }

  private JsonNode current(String caller, String userId) {
    return all(caller, userId).stream().filter(a -> a.path("revokedAt").isNull()).findFirst().orElse(null);
  }

  private boolean inPostersGroup(String userId) {
    return engine.getIdentityService().createUserQuery().userId(userId).memberOfGroup(Groups.SOCIAL_MEDIA).count() > 0;
  }

  private Reply send(String user, HttpMethod method, String path, Object body) {
    return new EngineRest(template).api(user, method, path, body);
  }
}
