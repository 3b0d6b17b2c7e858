package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.testing.ActiveApprovals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The approvals list (§III.R): issued and active ones, all of them for the Chief, designees and auditors; their own for others. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class ApprovalsApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine engine;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(engine);
  }

  private List<String> numbersSeenBy(String user) {
    JsonNode body = rest.withBasicAuth(user, EngineRest.DEMO_PASSWORD).getForObject("/api/approvals", JsonNode.class);
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

  @Test
  void anonymousCallerIsRefused() {
    assertThat(rest.getForEntity("/api/approvals", String.class).getStatusCode().value()).isEqualTo(401);
  }
}
