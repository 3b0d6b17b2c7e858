package org.policy321.platform.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;
import static org.policy321.platform.rest.EngineRest.file;
import static org.policy321.platform.rest.EngineRest.string;
import static org.policy321.platform.rest.EngineRest.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policy321.approval.DepictionApproval;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;

/**
 * Crash recovery (issue 6): the application in a JVM of its own on its H2 file database, killed with
 * {@code kill -9} while the memorandum job of a case is pending, then started again on the same data.
 * It proves that the case, its request record and its pending job survive the crash, and so does a
 * second memo accepted a moment before it (H2 must write each commit at once: {@code WRITE_DELAY=0}
 * in application.yaml); that the restarted application finishes the case through the REST API (the
 * Chief approves, the requester acknowledges); and that no document is lost or written twice: one
 * memorandum, one approval copy.
 *
 * <p>The first run has the job executor off, so the memorandum job is certainly still pending when
 * the JVM dies (with it on, the job would run within milliseconds of the start and the crash would
 * find nothing to lose). The second run is the plain default configuration.
 */
class CrashRecoveryIT {

  private static final String START = "/process-definition/key/" + DepictionApproval.PROCESS_KEY + "/start";
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
  /** Linux reports a process killed by signal 9 as 128 + 9. */
  private static final int KILLED_BY_SIGKILL = 137;
  private static final Path LOGS = Path.of("target", "crash-recovery");

  @TempDir Path workingDirectory;
  private ApplicationJvm application;

  @AfterEach
  void neverLeaveTheJvmRunning() {
    if (application != null) {
      application.close();
    }
  }

  @Test
  void caseKilledWithAPendingDocumentJobIsFinishedAfterRestart_withoutLossOrDuplicates() throws Exception {
    application = ApplicationJvm.start(workingDirectory, LOGS.resolve("run-1.log"),
        "--camunda.bpm.job-execution.enabled=false");
    EngineRest beforeCrash = new EngineRest(application.http());

    Reply started = beforeCrash.post("employee", START, withVariables(memo()));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String pi = started.json().get("id").asText();
    assertThat(activitiesOfJobs(beforeCrash, pi)).as("the memorandum job, pending").containsExactly(Elements.GENERATE_MEMO);
    assertThat(beforeCrash.get("admin", "/process-instance/" + pi + "/variables/" + Vars.MEMORANDUM).status())
        .as("no memorandum before the crash").isEqualTo(404);
    // A second memo, and the kill right after its answer: what the database had not yet written is lost.
    Reply startedLast = beforeCrash.post("employee2", START, withVariables(memo()));
    int exit = application.killHard();
    assertThat(startedLast.status()).as(startedLast.toString()).isEqualTo(200);
    String lastBeforeCrash = startedLast.json().get("id").asText();

    assertThat(exit).as("killed by SIGKILL, no orderly shutdown").isEqualTo(KILLED_BY_SIGKILL);

    application = ApplicationJvm.start(workingDirectory, LOGS.resolve("run-2.log"));
    EngineRest rest = new EngineRest(application.http());
    assertThat(rest.get("admin", "/process-instance/" + pi).status()).as("the case survived the crash").isEqualTo(200);
    assertThat(rest.get("admin", "/process-instance/" + lastBeforeCrash).status())
        .as("the memo accepted just before the crash survived it").isEqualTo(200);
    awaitTask(rest, "chief", lastBeforeCrash, Elements.DECIDE_ON_MEMO);

    String decide = awaitTask(rest, "chief", pi, Elements.DECIDE_ON_MEMO);
    assertThat(pdf(rest, "chief", pi, Vars.MEMORANDUM)).as("memorandum written after the restart").isTrue();
    complete(rest, "chief", decide, Map.of(Vars.DECISION, string("approve"), Vars.NOTATION, string("Approved after the restart")));
    String acknowledge = awaitTask(rest, "employee", pi, Elements.ACKNOWLEDGE_APPROVAL_COPY);
    assertThat(pdf(rest, "employee", pi, Vars.APPROVAL_COPY)).as("approval copy for the requester").isTrue();
    complete(rest, "employee", acknowledge, Map.of(Vars.ACKNOWLEDGED, Map.of("value", true, "type", "Boolean")));

    await("end of the case").atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(250))
        .until(() -> rest.get("admin", "/history/process-instance/" + pi).json().path("state").asText(), "COMPLETED"::equals);
    assertThat(rest.get("admin", "/history/activity-instance?processInstanceId=" + pi + "&activityId="
        + Elements.MEMO_APPROVED).json()).as("ended approved").hasSize(1);
    assertThat(successfulJobs(rest, pi)).as("each document job succeeded once")
        .containsExactlyInAnyOrder(Elements.GENERATE_MEMO, Elements.ISSUE_APPROVAL_COPY);

    assertThat(application.stop()).as("orderly stop, so the test may open the database file").isNotEqualTo(KILLED_BY_SIGKILL);
    try (Connection database = DriverManager.getConnection(
        "jdbc:h2:file:" + workingDirectory.resolve("data/policy321") + ";AUTO_SERVER=FALSE", "sa", "")) {
      assertThat(documentTypes(database, pi)).as("documents of the case, each written once")
          .containsExactlyInAnyOrder("MEMORANDUM", "APPROVAL_COPY");
      assertThat(documentTypes(database, lastBeforeCrash)).containsExactly("MEMORANDUM");
      assertThat(single(database, "select status from depiction_request where process_instance_id = ?", pi))
          .isEqualTo("APPROVED");
      assertThat(single(database, "select a.status from approval a join depiction_request r on a.request_id = r.id "
          + "where r.process_instance_id = ?", pi)).isEqualTo("ACTIVE");
    }
  }

  /** The submit-memo form's variables, as Tasklist sends them (the checkboxes joined into depictions). */
  private static Map<String, Object> memo() throws IOException {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.PROPOSED_USAGE, string("My photograph in uniform on the charity run's page"));
    variables.put(Vars.PURPOSE, string("Fundraising for the children's hospital"));
    variables.put(Vars.LAYOUT, file("layout.png", "image/png", png()));
    variables.put(Vars.DEPICTIONS, string("uniform,badge"));
    variables.put(Vars.PLATFORM, string("Facebook"));
    variables.put(Vars.URL, string("https://example.org/charity-run"));
    variables.put(Vars.POSTING_UNTIL, string(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1).toString()));
    return variables;
  }

  private static String awaitTask(EngineRest rest, String user, String pi, String key) {
    JsonNode tasks = await("task " + key + " for " + user).atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(250))
        .until(() -> rest.get(user, "/task?processInstanceId=" + pi + "&taskDefinitionKey=" + key).json(),
            found -> found.isArray() && found.size() == 1);
    return tasks.get(0).get("id").asText();
  }

  private static void complete(EngineRest rest, String user, String taskId, Map<String, Object> variables) {
    Reply reply = rest.post(user, "/task/" + taskId + "/complete", withVariables(variables));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
  }

  private static boolean pdf(EngineRest rest, String user, String pi, String variable) {
    byte[] content = rest.getBytes(user, "/process-instance/" + pi + "/variables/" + variable + "/data").getBody();
    return content != null && new String(content, 0, Math.min(5, content.length), StandardCharsets.US_ASCII).equals("%PDF-");
  }

  /** The activities of the case's jobs, through their job definitions. */
  private static List<String> activitiesOfJobs(EngineRest rest, String pi) {
    List<String> activities = new ArrayList<>();
    for (JsonNode job : rest.get("admin", "/job?processInstanceId=" + pi).json()) {
      JsonNode definitions = rest.get("admin", "/job-definition?jobDefinitionId=" + job.get("jobDefinitionId").asText()).json();
      activities.add(definitions.get(0).get("activityId").asText());
    }
    return activities;
  }

  private static List<String> successfulJobs(EngineRest rest, String pi) {
    List<String> activities = new ArrayList<>();
    rest.get("admin", "/history/job-log?processInstanceId=" + pi + "&successLog=true").json()
        .forEach(entry -> activities.add(entry.get("activityId").asText()));
    return activities;
  }

  private static List<String> documentTypes(Connection database, String pi) throws SQLException {
    List<String> types = new ArrayList<>();
    try (PreparedStatement query = database.prepareStatement("select document_type from document where process_instance_id = ?")) {
      query.setString(1, pi);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          types.add(rows.getString(1));
        }
      }
    }
    return types;
  }

  private static String single(Connection database, String sql, String pi) throws SQLException {
    try (PreparedStatement query = database.prepareStatement(sql)) {
      query.setString(1, pi);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).as(sql).isTrue();
        String value = rows.getString(1);
        assertThat(rows.next()).as("one row: " + sql).isFalse();
        return value;
      }
    }
  }

  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
