package org.policy321.violation.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.violation.accesslog.ChainCheck.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The case access log as a hash chain (issue 13): appends keep one valid chain per case, even from many threads
 * at once; a row changed, removed (in the middle or at the end) or slipped in directly in the database is
 * reported at the first broken link, by {@link AccessLogChain#verify}, the check endpoint and the check command.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class AccessLogChainTest {

  @Autowired CaseAccessLog accessLog;
  @Autowired AccessLogChain chain;
  @Autowired AccessLogCheckCommand command;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired TestRestTemplate template;

  final List<String> casesOfThisTest = new ArrayList<>();

  @AfterEach
  void removeThisTestsCases() {
    for (String caseNumber : casesOfThisTest) {
      jdbc.update("DELETE FROM case_access WHERE case_number = ?", caseNumber);
      jdbc.update("DELETE FROM case_access_chain WHERE case_number = ?", caseNumber);
    }
  }

  @Test
  void severalOpeningsMakeOneIntactChain_eachEntryLinkedToTheOneBefore() {
    String caseNumber = caseWithOpenings(4);

    ChainCheck check = chain.verify(caseNumber);

    assertThat(check.intact()).as("%s", check.brokenLink()).isTrue();
    assertThat(check.entries()).isEqualTo(4);
    List<CaseAccess> entries = accessLog.of(caseNumber);
    assertThat(entries).extracting(CaseAccess::entryNo).containsExactly(1L, 2L, 3L, 4L);
    assertThat(entries.get(0).previousHash()).isEqualTo(AccessLogHash.GENESIS);
    assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).entryHash());
    assertThat(entries.get(3).entryHash()).matches("[0-9a-f]{64}");
  }

  @Test
  void aRowChangedInTheDatabase_isReportedAtThatEntry() {
    for (String change : List.of("detail = 'case record (edited)'", "user_id = 'someone-else'",
        "accessed_at = accessed_at + INTERVAL '1' SECOND", "action = 'CASE_VIEWED'")) {
      String caseNumber = caseWithOpenings(4);
      long secondId = entryId(caseNumber, 2);
      assertThat(jdbc.update("UPDATE case_access SET " + change + " WHERE id = ?", secondId)).isEqualTo(1);

      ChainCheck.BrokenLink broken = chain.verify(caseNumber).brokenLink();

      assertThat(broken).as(change).isNotNull();
      assertThat(broken.kind()).as(change).isEqualTo(Kind.CHANGED);
      assertThat(broken.entryId()).isEqualTo(secondId);
      assertThat(broken.position()).isEqualTo(2);
      assertThat(broken.explanation()).contains("Entry #2").contains("changed");
    }
  }

  @Test
  void aRowRemovedFromTheMiddle_isReportedWhereTheGapIs() {
    String caseNumber = caseWithOpenings(4);
    jdbc.update("DELETE FROM case_access WHERE id = ?", entryId(caseNumber, 2));

    ChainCheck.BrokenLink broken = chain.verify(caseNumber).brokenLink();

    assertThat(broken.kind()).isEqualTo(Kind.REMOVED);
    assertThat(broken.position()).isEqualTo(3);
    assertThat(broken.entryId()).isEqualTo(entryId(caseNumber, 3));
    assertThat(broken.explanation()).isEqualTo("Entry #2 is missing before entry #3 (id " + broken.entryId() + ").");
  }

  @Test
  void theLastRowRemoved_isDetectedByTheChainsHead() {
    String caseNumber = caseWithOpenings(3);
    jdbc.update("DELETE FROM case_access WHERE id = ?", entryId(caseNumber, 3));

    ChainCheck.BrokenLink broken = chain.verify(caseNumber).brokenLink();

    assertThat(broken.kind()).isEqualTo(Kind.REMOVED);
    assertThat(broken.position()).isEqualTo(3);
    assertThat(broken.explanation()).isEqualTo("The last entry, #3, was removed: the chain's head counts 3.");
  }

  @Test
  void aRowWrittenDirectlyIntoTheTable_isReportedAsInserted() {
    String caseNumber = caseWithOpenings(2);
    writeRowDirectly(caseNumber, "case record");

    ChainCheck.BrokenLink broken = chain.verify(caseNumber).brokenLink();

    assertThat(broken.kind()).isEqualTo(Kind.INSERTED);
    assertThat(broken.explanation()).contains("written outside the access log");
  }

  @Test
  void aCaseRemovedByRecordsRetention_takesItsWholeChainAlong_andIsNoBrokenChain() {
    String caseNumber = caseWithOpenings(3);

    accessLog.removeWithCase(caseNumber);

    assertThat(accessLog.of(caseNumber)).isEmpty();
    assertThat(chain.verify(caseNumber).intact()).isTrue();
    assertThat(chain.verifyAll().broken()).extracting(ChainCheck::caseNumber).doesNotContain(caseNumber);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_access_chain WHERE case_number = ?", Integer.class,
        caseNumber)).isZero();
  }

  @Test
  void concurrentOpeningsFromManyThreads_keepOneValidChain() throws Exception {
    String caseNumber = newCaseNumber();
    ExecutorService threads = Executors.newFixedThreadPool(6);
    List<Callable<Void>> openings = new ArrayList<>();
    for (int thread = 0; thread < 6; thread++) {
      int t = thread;
      openings.add(() -> {
        for (int i = 0; i < 10; i++) {
          accessLog.record("user" + t, opening(caseNumber, "evidence #" + i));
        }
        return null;
      });
    }
    try {
      for (Future<Void> done : threads.invokeAll(openings)) {
        done.get();
      }
    } finally {
      threads.shutdown();
    }

    ChainCheck check = chain.verify(caseNumber);
    assertThat(check.intact()).as("%s", check.brokenLink()).isTrue();
    assertThat(check.entries()).isEqualTo(60);
    assertThat(accessLog.of(caseNumber)).extracting(CaseAccess::entryNo).doesNotHaveDuplicates().hasSize(60);
  }

  @Test
  void rowsWrittenBeforeTheChain_areChainedByTheMigration() throws Exception {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '11.3.1'"
        + " AND \"success\" = TRUE", Integer.class)).as("Flyway ran the migration at start-up").isEqualTo(1);
    String caseNumber = newCaseNumber();
    for (String detail : List.of("process instance", "case record", "evidence #1")) {
      writeRowDirectly(caseNumber, detail);
    }
    try (Connection connection = dataSource.getConnection()) {
      new AccessLogChainMigration().migrate(on(connection));
    }

    ChainCheck check = chain.verify(caseNumber);
    assertThat(check.intact()).as("%s", check.brokenLink()).isTrue();
    assertThat(check.entries()).isEqualTo(3);
    accessLog.record("auditor", opening(caseNumber, "case file"));
    assertThat(chain.verify(caseNumber).entries()).as("appends continue the migrated chain").isEqualTo(4);
    assertThat(chain.verify(caseNumber).intact()).isTrue();
  }

  @Test
  void theCheckEndpoint_namesTheBrokenCase_forAuditorsAndInternalAffairsOnly() {
    String intact = caseWithOpenings(2);
    String broken = caseWithOpenings(3);
    jdbc.update("UPDATE case_access SET user_id = 'someone-else' WHERE id = ?", entryId(broken, 1));

    for (String reader : List.of("auditor", "ia")) {
      Reply reply = get(reader);
      assertThat(reply.status()).as(reader).isEqualTo(200);
      assertThat(reply.json().path("intact").asBoolean()).isFalse();
      assertThat(reply.body()).doesNotContain(intact);
      var brokenCase = reply.json().path("broken").findParents("caseNumber").stream()
          .filter(node -> node.path("caseNumber").asText().equals(broken)).findFirst().orElseThrow();
      assertThat(brokenCase.path("brokenLink").path("kind").asText()).isEqualTo("CHANGED");
      assertThat(brokenCase.path("brokenLink").path("position").asLong()).isEqualTo(1);
    }
    for (String refused : List.of("employee", "chief", "designee", "supervisor", "hr")) {
      Reply reply = get(refused);
      assertThat(reply.status()).as(refused).isEqualTo(403);
      assertThat(reply.message()).isEqualTo("Only auditors and Internal Affairs check the case access log.");
    }
  }

  @Test
  void theCheckCommand_printsTheFirstBrokenLink_andExitsNonZero() {
    String caseNumber = caseWithOpenings(3);
    assertThat(runCommand().exitCode()).as("every chain intact").isZero();

    jdbc.update("DELETE FROM case_access WHERE id = ?", entryId(caseNumber, 2));
    CommandRun run = runCommand();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).startsWith("Case access log BROKEN in 1 of ")
        .contains(caseNumber + ": REMOVED at #3. Entry #2 is missing before entry #3");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String caseWithOpenings(int count) {
    String caseNumber = newCaseNumber();
    for (int i = 1; i <= count; i++) {
      accessLog.record(i % 2 == 0 ? "ia" : "chief", opening(caseNumber, "evidence #" + i));
    }
    return caseNumber;
  }

  private String newCaseNumber() {
    String caseNumber = "VR-CHAIN-" + UUID.randomUUID().toString().substring(0, 8);
    casesOfThisTest.add(caseNumber);
    return caseNumber;
  }

  private static CaseOpening opening(String caseNumber, String detail) {
    return new CaseOpening(caseNumber, "pi-" + caseNumber, CaseAccessAction.EVIDENCE_DOWNLOADED, detail);
  }

  /** A row as an INSERT in the database writes it, outside the log: no place, no hashes (as before V11_3). */
  private void writeRowDirectly(String caseNumber, String detail) {
    jdbc.update("""
        INSERT INTO case_access (case_number, process_instance_id, user_id, action, detail, accessed_at)
        VALUES (?, 'pi', 'ia', 'CASE_VIEWED', ?, CURRENT_TIMESTAMP)""", caseNumber, detail);
  }

  private long entryId(String caseNumber, long entryNo) {
    return jdbc.queryForObject("SELECT id FROM case_access WHERE case_number = ? AND entry_no = ?", Long.class,
        caseNumber, entryNo);
  }

  private Reply get(String user) {
    EngineRest.serve(engine);
    var response = template.withBasicAuth(user, EngineRest.DEMO_PASSWORD)
        .getForEntity("/api/audit/access-log-check", String.class);
    return new Reply(response.getStatusCode().value(), response.getBody());
  }

  private record CommandRun(int exitCode, String output) {}

  private CommandRun runCommand() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    command.printTo(new PrintStream(out, true, StandardCharsets.UTF_8));
    command.run(new DefaultApplicationArguments("--" + AccessLogCheckCommand.OPTION));
    return new CommandRun(command.getExitCode(), out.toString(StandardCharsets.UTF_8));
  }

  private static Context on(Connection connection) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }
}
