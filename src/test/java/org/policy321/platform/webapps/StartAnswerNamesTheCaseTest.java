package org.policy321.platform.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.approval.DepictionApproval;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.MemoOverRest;
import org.policy321.testing.Officers;
import org.policy321.testing.WebappSession;
import org.policy321.violation.ViolationReporting;
import org.policy321.violation.ViolationReporting.Vars;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What Tasklist's start confirmation names (tasklist/case-number-on-start.js, issue 17): the answer to Tasklist's
 * submit-form carries the new instance's business key, set by the process's first delegate in the starting
 * transaction — the case number the requester is told. Browser: WebappsBrowserIT.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class StartAnswerNamesTheCaseTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired Roster roster;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @BeforeEach
  void webappsServeThisContextsEngine() {
    EngineRest.serveWebapps(engine);
  }

  @Test
  void aDepictionRequestsStartAnswerCarriesItsRequestNumber_IIIE() throws Exception {
    Reply started = WebappSession.signIn(port, "employee").postJson(submitForm(DepictionApproval.PROCESS_KEY),
        json(Map.of("variables", MemoOverRest.variables())));

    assertThat(started.status()).as(started.body()).isEqualTo(200);
    long requestId = numbers().requestId(started.json().path("id").asText());
    assertThat(started.json().path("businessKey").asText()).isEqualTo("DR-" + requestId);
  }

  @Test
  void aViolationReportsStartAnswerCarriesItsCaseNumber_VA() throws Exception {
    String officer = Officers.enlist(engine, roster, "Cornelius", "Abernathy", "supervisor");
    Map<String, Object> report = new LinkedHashMap<>();
    report.put(Vars.SUBJECT, EngineRest.string(officer));
    report.put(Vars.PLACE_AND_TIME, EngineRest.string("Public profile, 2026-11-20 around 22:00"));
    report.put(Vars.CLAUSES, EngineRest.string("§IV.G"));
    report.put(Vars.WHAT_WAS_POSTED, EngineRest.string("A post naming the victim in an open case"));
    report.put(Vars.EVIDENCE_URL, EngineRest.string("https://social.example/post/123"));
    report.put(Vars.ENDANGERS, Map.of("value", false, "type", "Boolean"));
    report.put(Vars.ROUTE_TO, EngineRest.string("internal-affairs"));

    Reply started = WebappSession.signIn(port, "employee2").postJson(submitForm(ViolationReporting.PROCESS_KEY),
        json(Map.of("variables", report)));

    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String caseNumber = numbers().caseNumber(started.json().path("id").asText());
    assertThat(caseNumber).startsWith("VR-");
    assertThat(started.json().path("businessKey").asText()).isEqualTo(caseNumber);
  }

  private static String submitForm(String processKey) {
    return WebappSession.ENGINE_API + "/process-definition/key/" + processKey + "/submit-form";
  }

  private static String json(Object value) throws JsonProcessingException {
    return JSON.writeValueAsString(value);
  }

  private CaseNumbersOfInstances numbers() {
    return new CaseNumbersOfInstances(jdbc);
  }
}
