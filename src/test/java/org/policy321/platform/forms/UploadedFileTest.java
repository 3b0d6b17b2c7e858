package org.policy321.platform.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policy321.platform.rest.EngineRest.file;
import static org.policy321.platform.rest.EngineRest.withVariables;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.Variables;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * An uploaded file is stored as what its content is, under a harmless name, whatever its sender declared;
 * the REST APIs tell browsers not to guess types (nosniff) and serve files as downloads.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles("test")
class UploadedFileTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine processEngine;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  private EngineRest rest;

  @BeforeEach
  void restApiServesThisContextsEngine() {
    EngineRest.serve(processEngine);
    rest = new EngineRest(template);
  }

  @Test
  void aLayoutSentAsTextHtmlIsStoredAndServedAsThePngItIs() {
    Map<String, Object> memo = MemoOverRest.variables();
    memo.put("layout", file("x.html", "text/html", SampleFiles.png()));

    Reply started = rest.post("employee", "/process-definition/key/depiction-approval/start", withVariables(memo));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().get("id").asText();

    ResponseEntity<byte[]> download = rest.getBytes("employee", "/process-instance/" + instance + "/variables/layout/data");
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(download.getHeaders().getContentType()).hasToString("image/png");
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
        .contains("layout.png").doesNotContain("html");
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.getBody()).isEqualTo(SampleFiles.png());

    assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
        .filteredOn(detail -> ((HistoricVariableUpdate) detail).getVariableName().equals("layout"))
        .isNotEmpty()
        .allSatisfy(detail -> {
          FileValue kept = (FileValue) ((HistoricVariableUpdate) detail).getTypedValue();
          assertThat(kept.getMimeType()).as("history keeps no declared type either").isEqualTo("image/png");
          assertThat(kept.getFilename()).isEqualTo("layout.png");
        });
  }

  @Test
  void contentThatIsNoPdfPngOrJpegIsStoredAsAnOpaqueDownload() {
    Task task = taskService.newTask();
    taskService.saveTask(task);
    try {
      taskService.setVariableLocal(task.getId(), "note", Variables.fileValue("page.html")
          .file("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).mimeType("text/html").encoding("UTF-8"));

      FileValue stored = taskService.getVariableLocalTyped(task.getId(), "note");
      assertThat(stored.getMimeType()).isEqualTo("application/octet-stream");
      assertThat(stored.getEncoding()).isNull();
      assertThat(stored.getFilename()).isEqualTo("note.bin");
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }

  @Test
  void plainNamesWithTheRightExtensionAreKept() {
    assertThat(ContentTypedFileSerializer.safeName("memorandum-DA-2026-0001.pdf", "memorandum", "pdf"))
        .isEqualTo("memorandum-DA-2026-0001.pdf");
    assertThat(ContentTypedFileSerializer.safeName("x.html", "layout", "pdf")).isEqualTo("layout.pdf");
    assertThat(ContentTypedFileSerializer.safeName("my layout.pdf", "layout", "pdf")).isEqualTo("layout.pdf");
    assertThat(ContentTypedFileSerializer.safeName("../../etc/passwd.png", "evidence", "png")).isEqualTo("evidence.png");
    assertThat(ContentTypedFileSerializer.safeName(null, "new layout?", "jpg")).isEqualTo("new-layout-.jpg");
  }

  @Test
  void restApiAnswersCarryNosniffRefusalsIncluded() {
    assertThat(template.getForEntity("/engine-rest/task", String.class).getHeaders().getFirst("X-Content-Type-Options"))
        .as("a 401").isEqualTo("nosniff");
    assertThat(template.withBasicAuth("employee", EngineRest.DEMO_PASSWORD).getForEntity("/api/approvals", String.class)
        .getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
