package org.policy321.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.file;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policy321.platform.rest.EngineRest;
import org.policy321.platform.rest.EngineRest.Reply;
import org.policy321.testing.MemoOverRest;
import org.policy321.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 18: a File variable's bytes are a row of {@code document}, and the variable refers to it. Over
 * {@code /engine-rest} a file is a new row of its sender's bytes, whatever the sender claims; Tasklist's and
 * Cockpit's downloads (running and from history) read the row; a refused start leaves no row; records
 * retention removes the rows no variable refers to any more, and only those.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class FileVariableRowsTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;
  @Autowired FileVariableRows rows;
  @Autowired JdbcTemplate jdbc;

  private EngineRest rest;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(processEngine);
    rest = new EngineRest(template);
  }

  @Test
  void aFileSentOverRestIsANewRowOfItsOwnBytesAndHistoryDownloadsIt() {
    long someoneElses = rows.storeUpload("evidence", "confidential.pdf", "application/pdf",
        SampleFiles.pdf("Internal Affairs only"));
    byte[] layout = SampleFiles.png();
    Map<String, Object> claimsARow = new LinkedHashMap<>(file("layout.png", "image/png", layout));
    claimsARow.put("valueInfo", Map.of("filename", "layout.png", "mimetype", "image/png",
        "documentId", someoneElses, "id", someoneElses));
    Map<String, Object> memo = MemoOverRest.variables();
    memo.put("layout", claimsARow);

    Reply started = rest.post("employee", "/process-definition/key/depiction-approval/start", withVariables(memo));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().get("id").asText();

    Long layoutRow = jdbc.queryForObject("SELECT LONG_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND NAME_ = 'layout'",
        Long.class, instance);
    assertThat(layoutRow).as("a row of its own").isNotNull().isNotEqualTo(someoneElses);
    assertThat(rows.content(layoutRow)).isEqualTo(layout);
    assertThat(rest.getBytes("employee", "/process-instance/" + instance + "/variables/layout/data").getBody())
        .as("Tasklist's download").isEqualTo(layout);

    Reply historic = rest.get("chief", "/history/variable-instance?processInstanceId=" + instance + "&variableName=layout");
    String historicId = historic.json().get(0).get("id").asText();
    ResponseEntity<byte[]> fromHistory = rest.getBytes("chief", "/history/variable-instance/" + historicId + "/data");
    assertThat(fromHistory.getStatusCode().value()).isEqualTo(200);
    assertThat(fromHistory.getBody()).as("Cockpit's download from history").isEqualTo(layout);
    assertThat(fromHistory.getHeaders().getContentType()).hasToString("image/png");
  }

  @Test
  void aRefusedStartLeavesNoRowBehind() {
    Map<String, Object> memo = MemoOverRest.variables();
    memo.put("layout", file("layout.png", "image/png", "not an image at all".getBytes()));
    int before = documentRows();

    Reply refused = rest.post("employee", "/process-definition/key/depiction-approval/start", withVariables(memo));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(documentRows()).as("the upload's row went with the refused start").isEqualTo(before);
  }

  @Test
  void retentionRemovesTheRowsNoVariableRefersToAndKeepsTheOthers() {
    Task gone = newTaskWithFile(SampleFiles.pdf("Its case's history was removed"));
    Task kept = newTaskWithFile(SampleFiles.pdf("Its case is still kept"));
    long goneRow = rowOf(gone);
    long keptRow = rowOf(kept);
    try {
      taskService.deleteTask(gone.getId(), true); // the task and its history, as the history cleanup does

      assertThat(rows.removeUnreferencedUploads()).isPositive();

      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE id = ?", Integer.class, goneRow)).isZero();
      FileValue stillThere = taskService.getVariableLocalTyped(kept.getId(), "attachment");
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE id = ?", Integer.class, keptRow)).isOne();
      assertThat(stillThere.getValue()).isNotNull();
    } finally {
      taskService.deleteTask(kept.getId(), true);
    }
  }

  private Task newTaskWithFile(byte[] content) {
    Task task = taskService.newTask();
    taskService.saveTask(task);
    taskService.setVariableLocal(task.getId(), "attachment", SampleFiles.file("attachment.pdf", "application/pdf", content));
    return task;
  }

  private long rowOf(Task task) {
    return StoredFileValue.of(taskService.<FileValue>getVariableLocalTyped(task.getId(), "attachment")).documentId();
  }

  private int documentRows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM document", Integer.class);
  }
}
