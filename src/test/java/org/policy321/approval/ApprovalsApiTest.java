package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.testing.ActiveApprovals;
import org.policy321.testing.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The approvals list (§III.R): every status, from issued to removed in part, all of them for the Chief, designees and
 * auditors, their own for others; {@code ?status=} narrows it.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class ApprovalsApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;
  @Autowired ApprovalRegister register;
  @Autowired Roster roster;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
  }

  private List<String> numbersSeenBy(String user) {
    return numbersSeenBy(user, "/api/approvals");
  }

  private List<String> numbersSeenBy(String user, String path) {
    ResponseEntity<JsonNode> answer = rest.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode().value()).as("GET " + path + " as " + user).isEqualTo(200);
    JsonNode body = answer.getBody();
    List<String> numbers = new ArrayList<>();
    body.forEach(approval -> numbers.add(approval.get("approvalNumber").asText()));
    return numbers;
  }

  @Test
  void chiefDesigneeAndAuditorSeeEveryApprovalEmployeesTheirOwn_IIIR() {
    ActiveApprovals approvals = new ActiveApprovals(engine);
    String mine = approvals.active("employee");
    String theirs = approvals.active("employee2");
    String notYetActive = approvals.issuedOnly("employee");

    assertThat(numbersSeenBy("chief")).contains(mine, theirs, notYetActive);
    assertThat(numbersSeenBy("designee")).contains(mine, theirs, notYetActive);
    assertThat(numbersSeenBy("auditor")).contains(mine, theirs, notYetActive);
    assertThat(numbersSeenBy("employee")).contains(mine, notYetActive).doesNotContain(theirs);
    assertThat(numbersSeenBy("employee2")).contains(theirs).doesNotContain(mine, notYetActive);

    JsonNode issued = line("chief", notYetActive);
    assertThat(issued.get("status").asText()).isEqualTo("ISSUED");
    assertThat(issued.get("activeSince").isNull()).isTrue();
    assertThat(issued.get("acknowledgementDue").isNull()).as("an issued approval shows when it must be acknowledged").isFalse();

    JsonNode line = line("employee", mine);
    assertThat(line.get("requesterId").asText()).isEqualTo("employee");
    assertThat(line.get("requesterName").asText()).as("named, not by user id (issue 17)").isEqualTo("Officer Jordan Reyes");
    assertThat(line.get("depictions").asText()).isEqualTo("Uniform");
    assertThat(line.get("platform").asText()).isEqualTo("Facebook");
    assertThat(line.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(line.get("activeSince").isNull()).isFalse();
    assertThat(line.get("acknowledgementDue").isNull()).isTrue();
  }

  private JsonNode line(String user, String number) {
    return rest.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForObject("/api/approvals", JsonNode.class)
        .findParents("approvalNumber").stream().filter(a -> a.get("approvalNumber").asText().equals(number))
        .findFirst().orElseThrow();
  }

  /**
   * Every status of an approval is listed (§III.R: issued, active, removal due, removal overdue, removed, removed in
   * part), and {@code ?status=} narrows the list. The removal states are reached through the register's own
   * transitions, the ones the removal process calls. The requesters are officers of this test alone.
   */
  @Test
  void everyStatusIsListed_andTheStatusFilterNarrowsIt_IIIR() {
    String officer = withPassword(Officers.enlist(engine, roster, "Imogen", "Castellanos", "supervisor"));
    ActiveApprovals approvals = new ActiveApprovals(engine);
    String issued = approvals.issuedOnly(officer);
    String active = approvals.active(officer);
    String removalDue = approvals.active(officer);
    register.beginRemoval(removalDue);
    String overdue = approvals.active(officer);
    register.beginRemoval(overdue);
    register.markRemovalOverdue(overdue);
    String removed = approvals.active(officer);
    register.beginRemoval(removed);
    register.markRemoved(removed);
    String removedInPart = approvals.active(officer);
    register.beginRemoval(removedInPart);
    register.markRemovedInPart(removedInPart);

    assertThat(numbersSeenBy(officer)).as("their own, in every status")
        .containsExactly(issued, active, removalDue, overdue, removed, removedInPart);
    assertThat(numbersSeenBy("chief")).contains(issued, active, removalDue, overdue, removed, removedInPart);
    assertThat(numbersSeenBy("auditor")).contains(issued, active, removalDue, overdue, removed, removedInPart);
    assertThat(line("chief", removed).get("status").asText()).isEqualTo("REMOVED");
    assertThat(line("chief", removedInPart).get("status").asText()).isEqualTo("REMOVED_IN_PART");
    assertThat(line("chief", removed).get("requesterName").asText()).isEqualTo("Officer Imogen Castellanos");

    assertThat(numbersSeenBy(officer, "/api/approvals?status=REMOVED")).containsExactly(removed);
    assertThat(numbersSeenBy(officer, "/api/approvals?status=removal_overdue")).as("any case").containsExactly(overdue);
    assertThat(numbersSeenBy(officer, "/api/approvals?status=REMOVED,REMOVED_IN_PART"))
        .containsExactly(removed, removedInPart);
    assertThat(numbersSeenBy(officer, "/api/approvals?status=ISSUED&status=REMOVAL_PENDING"))
        .containsExactly(issued, removalDue);
    assertThat(numbersSeenBy("designee", "/api/approvals?status=REMOVED")).contains(removed)
        .doesNotContain(issued, active, removalDue, overdue, removedInPart);
  }

  @Test
  void anEmployeeDoesNotSeeAnotherEmployeesRemovedApproval_IIIR() {
    String owner = Officers.enlist(engine, roster, "Leopold", "Vasquez", "supervisor");
    String other = withPassword(Officers.enlist(engine, roster, "Harriet", "Okonjo", "supervisor"));
    ActiveApprovals approvals = new ActiveApprovals(engine);
    String removed = approvals.active(owner);
    register.beginRemoval(removed);
    register.markRemoved(removed);
    String othersOwn = approvals.active(other);

    assertThat(numbersSeenBy(other, "/api/approvals?status=REMOVED")).isEmpty();
    assertThat(numbersSeenBy(other)).containsExactly(othersOwn);
    assertThat(numbersSeenBy("employee", "/api/approvals?status=REMOVED")).doesNotContain(removed);
    assertThat(numbersSeenBy("chief", "/api/approvals?status=REMOVED")).contains(removed);
  }

  @Test
  void anUnknownStatusIsRefusedWithASentence() {
    ResponseEntity<JsonNode> answer = rest.withBasicAuth("chief", EngineRest.DEMO_PASSWORD)
        .getForEntity("/api/approvals?status=REVOKED", JsonNode.class);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().get("message").asText()).isEqualTo("\"REVOKED\" is not a status of an approval; use one "
        + "of ISSUED, ACTIVE, REMOVAL_PENDING, REMOVAL_OVERDUE, REMOVED, REMOVED_IN_PART.");
  }

  /** The officer signs in with the demo password, as the demo users do. */
  private String withPassword(String userId) {
    var user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
    user.setPassword(EngineRest.DEMO_PASSWORD);
    engine.getIdentityService().saveUser(user);
    return userId;
  }

  /**
   * Issue 18: the approvals page reads the list a page at a time, newest first, with the whole list's count, so a
   * register of ten years costs what a short one does; the requester's pages hold their own approvals only.
   */
  @Test
  void aPageIsNewestFirstAndCountsTheWholeList_IIIR() {
    String officer = withPassword(Officers.enlist(engine, roster, "Paula", "Okonkwo", "supervisor"));
    ActiveApprovals approvals = new ActiveApprovals(engine);
    String first = approvals.active(officer);
    String second = approvals.active(officer);
    String third = approvals.active(officer);

    ResponseEntity<JsonNode> page = rest.withBasicAuth(officer, EngineRest.DEMO_PASSWORD)
        .getForEntity("/api/approvals?limit=2", JsonNode.class);
    assertThat(page.getHeaders().getFirst("X-Total-Count")).isEqualTo("3");
    assertThat(page.getBody().findValuesAsText("approvalNumber")).containsExactly(third, second);
    assertThat(numbersSeenBy(officer, "/api/approvals?limit=2&offset=2")).containsExactly(first);
    assertThat(numbersSeenBy("chief", "/api/approvals?limit=500")).as("everyone's, newest first")
        .containsSubsequence(third, second, first);
  }

  @Test
  void aPageTheListCannotGiveIsRefusedWithASentence() {
    for (String asked : List.of("limit=0", "limit=501", "offset=-1")) {
      ResponseEntity<JsonNode> answer = rest.withBasicAuth("chief", EngineRest.DEMO_PASSWORD)
          .getForEntity("/api/approvals?" + asked, JsonNode.class);
      assertThat(answer.getStatusCode().value()).as(asked).isEqualTo(400);
      assertThat(answer.getBody().get("message").asText()).as(asked)
          .startsWith("A page has from 1 to 500 approvals (limit) and starts at 0 or later (offset)");
    }
  }

  @Test
  void anonymousCallerIsRefused() {
    assertThat(rest.getForEntity("/api/approvals", String.class).getStatusCode().value()).isEqualTo(401);
  }
}
