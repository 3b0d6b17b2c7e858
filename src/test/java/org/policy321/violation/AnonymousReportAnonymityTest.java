package org.policy321.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.testing.SampleFiles;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 5, Anonymity (§V.A, §V.C): an anonymous report sent from a browser in which an employee is
 * signed in to Tasklist leaves no trace of that employee or of the client's address — in no table
 * of the database and not in the application log — the evidence kept at receipt included (issue 12). (Runs on
 * H2, and on PostgreSQL with {@code pg-test}.)
 */
// The engine names its own node in the job log (ACT_HI_JOB_LOG.HOSTNAME_, by default "<address>$default"): here it
// would be 127.0.0.1, the same as the test's sender. A node name of its own keeps the search for the sender honest.
@SpringBootTest(webEnvironment = RANDOM_PORT,
    properties = "camunda.bpm.generic-properties.properties.hostname=policy321-node-a")
@ActiveProfiles("test")
class AnonymousReportAnonymityTest {

  private static final String SENDER = "employee2";
  /** A proxy's and a browser's trail, sent along with the report: neither may be kept. */
  private static final String FORWARDED_FOR = "203.0.113.77";
  private static final String USER_AGENT = "AnonymityProbe/1.0 (Priya-Laptop)";
  /** The evidence file's own name names the sender; the engine keeps "evidence.png". */
  private static final String EVIDENCE_FILE_NAME = "priya-shah-phone-screenshot.png";
  /** Camunda's and Spring's loggers, ours, and the web layer, at DEBUG while the report is sent. */
  private static final List<String> LOGGERS = List.of("org.policy321", "org.camunda", "org.springframework.web",
      "org.springframework.jdbc", "org.springframework.transaction");

  @LocalServerPort int port;
  @Autowired DataSource dataSource;
  @Autowired HistoryService historyService;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;

  /** The webapp's login finds its engine in Camunda's JVM-wide registry: make it this context's. */
  @org.junit.jupiter.api.BeforeEach
  void serveThisEngine() {
    org.policy321.platform.rest.EngineRest.serveWebapps(engine);
  }

  @Test
  void anonymousReportFromASignedInBrowserLeavesNoTraceOfTheSender_VA_VC() throws Exception {
    ReportPageClient browser = new ReportPageClient(port).withHeader("User-Agent", USER_AGENT)
        .withHeader("X-Forwarded-For", FORWARDED_FOR);
    String sessionId = signInToTasklist(browser);

    Map<String, Set<String>> before = snapshot();
    List<ILoggingEvent> log;
    ReportPageClient.Answer sent;
    String marker = "Anonymity probe posting " + System.nanoTime();
    byte[] evidence = SampleFiles.png();
    try (LogCapture capture = new LogCapture()) {
      assertThat(browser.get("/report").status()).isEqualTo(200);
      browser.openForm();
      Map<String, Object> report = ReportPageClient.validReport(marker);
      report.put("evidence", new ReportPageClient.Part(EVIDENCE_FILE_NAME, "image/png", evidence));
      sent = browser.submit(report);
      log = capture.events();
    }
    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    String caseNumber = sent.json().get("caseNumber").asText();
    String receiptCode = sent.json().get("receiptCode").asText();

    List<String> forbidden = List.of(SENDER, "Priya", "Shah", "127.0.0.1", "localhost", FORWARDED_FOR, USER_AGENT,
        "AnonymityProbe", sessionId, EVIDENCE_FILE_NAME);

    // (a) The database: every row the report added or changed, in every table, every column.
    List<String> newRows = newOrChangedRows(before, snapshot());
    assertThat(newRows).as("the snapshot sees the report").anyMatch(row -> row.contains(caseNumber))
        .anyMatch(row -> row.contains(marker));
    for (String word : forbidden) {
      assertThat(newRows).as("rows the report wrote, searched for '%s'", word).noneMatch(row -> row.contains(word));
    }
    assertThat(newRows).as("the receipt code is kept only as a hash").noneMatch(row -> row.contains(receiptCode));

    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(instance.getStartUserId()).isNull();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    assertThat(jdbc.queryForObject("select START_USER_ID_ from ACT_HI_PROCINST where ID_ = ?", String.class,
        instance.getId())).isNull();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_OP_LOG where PROC_INST_ID_ = ? or ROOT_PROC_INST_ID_ = ?",
        Integer.class, instance.getId(), instance.getId())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from ACT_HI_IDENTITYLINK where ROOT_PROC_INST_ID_ = ? "
        + "and (USER_ID_ is not null or TYPE_ = 'starter')", Integer.class, instance.getId())).isZero();
    assertThat(jdbc.queryForObject("select count(*) from violation_report where case_number = ? and reporter_id is null "
        + "and anonymous and evidence_file = 'evidence.png'", Integer.class, caseNumber)).isOne();
    // The evidence kept at receipt (issue 12): the file as sent, with its SHA-256 — and nobody as having added it.
    assertThat(jdbc.queryForList("select e.* from case_evidence e join violation_report r on r.id = e.violation_report "
        + "where r.case_number = ?", caseNumber)).singleElement().satisfies(row -> {
          assertThat(row.get("file_name")).isEqualTo("evidence.png");
          assertThat(row.get("sha256")).isEqualTo(EvidenceLockerTest.sha256(evidence));
          assertThat(row.get("content")).as("kept once, in its document row (issue 18)").isNull();
          assertThat(row.get("added_by")).isNull();
          assertThat(jdbc.queryForList("select content, document_type, document_number from document where id = ?",
              row.get("document_id"))).singleElement().satisfies(file -> {
                assertThat(file.get("content")).isEqualTo(evidence);
                assertThat(file.get("document_type")).isEqualTo("EVIDENCE");
                assertThat(file.get("document_number")).isEqualTo(caseNumber);
              });
        });
    assertThat(jdbc.queryForObject("select count(*) from document where sha256 = ?", Integer.class,
        EvidenceLockerTest.sha256(evidence))).as("the evidence file and its File variable share one row").isOne();

    // (b) The application log while the page was loaded and the report sent.
    assertThat(log).as("the capture sees the engine at work").anyMatch(e -> e.getLoggerName().startsWith("org.camunda"));
    List<String> lines = log.stream().map(AnonymousReportAnonymityTest::text).toList();
    for (String word : forbidden) {
      assertThat(lines).as("log lines, searched for '%s'", word).noneMatch(line -> line.contains(word));
    }

    // The sender's Tasklist session went on untouched: the report page neither used nor ended it.
    assertThat(browser.get("/camunda/api/admin/auth/user/default").json().path("userId").asText()).isEqualTo(SENDER);
  }

  /** Signs in to Tasklist as the webapp does, in the browser's cookie jar; the session id. */
  private String signInToTasklist(ReportPageClient browser) {
    browser.signInToTasklist(SENDER);
    return browser.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no webapp session"));
  }

  // --- the database, row by row ---------------------------------------------------------------

  /** Every row of every table of the schema, each as the text of all its columns (bytes decoded). */
  private Map<String, Set<String>> snapshot() throws SQLException {
    Map<String, Set<String>> rows = new HashMap<>();
    try (var connection = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet found = connection.createStatement().executeQuery("select TABLE_NAME from INFORMATION_SCHEMA.TABLES "
          + "where upper(TABLE_SCHEMA) = 'PUBLIC' and TABLE_TYPE = 'BASE TABLE'")) {
        while (found.next()) {
          tables.add(found.getString(1));
        }
      }
      assertThat(tables).extracting(String::toUpperCase).contains("ACT_HI_PROCINST", "ACT_GE_BYTEARRAY", "VIOLATION_REPORT", "REPORT_CORRESPONDENCE", "CASE_EVIDENCE");
      for (String table : tables) {
        Set<String> tableRows = new HashSet<>();
        try (ResultSet rs = connection.createStatement().executeQuery("select * from \"" + table + "\"")) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder(table.toUpperCase()).append(':');
            for (int column = 1; column <= meta.getColumnCount(); column++) {
              row.append(" | ").append(meta.getColumnName(column)).append('=').append(text(rs.getObject(column)));
            }
            tableRows.add(row.toString());
          }
        }
        rows.put(table, tableRows);
      }
    }
    return rows;
  }

  private static List<String> newOrChangedRows(Map<String, Set<String>> before, Map<String, Set<String>> after) {
    List<String> changed = new ArrayList<>();
    after.forEach((table, rows) -> rows.stream().filter(row -> !before.getOrDefault(table, Set.of()).contains(row))
        .forEach(changed::add));
    return changed;
  }

  /** Text as stored; bytes (ACT_GE_BYTEARRAY, files) both as UTF-8 and as Latin-1, so no encoding hides a name. */
  private static String text(Object value) throws SQLException {
    try {
      if (value instanceof Clob clob) {
        return clob.getSubString(1, (int) clob.length());
      }
      if (value instanceof Blob blob) {
        try (InputStream in = blob.getBinaryStream()) {
          return bytes(in.readAllBytes());
        }
      }
      if (value instanceof byte[] bytes) {
        return bytes(bytes);
      }
      return String.valueOf(value);
    } catch (IOException e) {
      throw new SQLException(e);
    }
  }

  private static String bytes(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8) + " / " + new String(bytes, StandardCharsets.ISO_8859_1);
  }

  // --- the log ------------------------------------------------------------------------------

  private static String text(ILoggingEvent event) {
    StringBuilder line = new StringBuilder(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap());
    for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
      line.append(' ').append(thrown.getClassName()).append(": ").append(thrown.getMessage());
    }
    return line.toString();
  }

  /**
   * Everything logged while open, with the loggers above at DEBUG. The console is paused meanwhile so
   * the DEBUG flood stays out of the build's output. (Tomcat's own socket-level DEBUG is left out on
   * purpose: it is the server's infrastructure, not the application's log, and off in any deployment.)
   */
  private static final class LogCapture implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Map<String, Level> levels = new HashMap<>();
    private final List<Appender<ILoggingEvent>> paused = new ArrayList<>();

    LogCapture() {
      root.iteratorForAppenders().forEachRemaining(paused::add);
      paused.forEach(root::detachAppender);
      appender.setContext(context);
      appender.start();
      root.addAppender(appender);
      for (String name : LOGGERS) {
        Logger logger = context.getLogger(name);
        levels.put(name, logger.getLevel());
        logger.setLevel(Level.DEBUG);
      }
    }

    List<ILoggingEvent> events() {
      return List.copyOf(appender.list);
    }

    @Override
    public void close() {
      levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
      root.detachAppender(appender);
      appender.stop();
      paused.forEach(root::addAppender);
    }
  }
}
