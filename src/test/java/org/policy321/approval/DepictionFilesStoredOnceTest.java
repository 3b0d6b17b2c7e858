package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.policy321.approval.DepictionApproval.Decisions;
import static org.policy321.approval.DepictionApproval.Elements;
import static org.policy321.approval.DepictionApproval.Vars;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredFileValue;
import org.policy321.testing.PdfText;
import org.policy321.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18, every record stored once: a depiction case's layouts and generated documents are rows of the
 * {@code document} table, and the variables that carry them — running, in history, in every historic detail —
 * hold the row's id, not a copy of the bytes. What they read back is the row, byte for byte.
 */
class DepictionFilesStoredOnceTest extends DepictionApprovalTestSupport {

  @Autowired JdbcTemplate jdbc;
  @Autowired DocumentService documents;

  @Test
  void aCaseWithTwoLayoutsAndTwoMemorandaHoldsEachFileOnce_IIIR() {
    // Bytes no other test sends, so that counting the rows that hold them counts this case's.
    byte[] firstLayout = SampleFiles.pdf("The first layout " + UUID.randomUUID());
    byte[] secondLayout = SampleFiles.pdf("The second layout, sent with the answer " + UUID.randomUUID());
    Map<String, Object> memo = memo();
    memo.put(Vars.LAYOUT, SampleFiles.file("layout.pdf", "application/pdf", firstLayout));
    ProcessInstance instance = submit("employee", memo);
    decide(instance, "chief", Decisions.INQUIRE, "Which photograph exactly?", null);
    answer(instance, "This one, from the charity run.", SampleFiles.file("layout-2.pdf", "application/pdf", secondLayout));
    approve(instance, "chief", "Approved as answered.");
    execute(job());
    assertThat(PdfText.of(file(instance, Vars.MEMORANDUM))).as("the memorandum read back from its row")
        .contains("layout-2.pdf");
    complete(task(Elements.ACKNOWLEDGE_APPROVAL_COPY), withVariables(Vars.ACKNOWLEDGED, true));
    assertThat(instance).isEnded();

    List<HistoricVariableUpdate> fileUpdates = engine.getHistoryService().createHistoricDetailQuery()
        .processInstanceId(instance.getId()).variableUpdates().list().stream()
        .map(HistoricVariableUpdate.class::cast).filter(update -> "file".equals(update.getTypeName()))
        .filter(update -> !((FileValue) update.getTypedValue()).getFilename().isEmpty()) // newLayout's removal
        .toList();
    assertThat(fileUpdates).extracting(HistoricVariableUpdate::getVariableName)
        .contains(Vars.LAYOUT, Vars.NEW_LAYOUT, Vars.MEMORANDUM, Vars.APPROVAL_COPY);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND VAR_TYPE_ = 'file'"
        + " AND BYTEARRAY_ID_ IS NOT NULL", Integer.class, instance.getId())).as("historic details with bytes").isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND VAR_TYPE_ = 'file'"
        + " AND BYTEARRAY_ID_ IS NOT NULL", Integer.class, instance.getId())).as("historic variables with bytes").isZero();

    // Each version of each file reads back from the one row it names, whose recorded hash it matches.
    for (HistoricVariableUpdate update : fileUpdates) {
      StoredFileValue file = StoredFileValue.of((FileValue) update.getTypedValue());
      assertThat(file).as(update.getVariableName() + " refers to a row").isNotNull();
      byte[] content = file.getByteArray();
      String sha256 = jdbc.queryForObject("SELECT sha256 FROM document WHERE id = ?", String.class, file.documentId());
      assertThat(DocumentService.sha256Hex(content)).as(update.getVariableName()).isEqualTo(sha256);
    }
    for (byte[] layout : List.of(firstLayout, secondLayout)) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE sha256 = ?", Integer.class,
          DocumentService.sha256Hex(layout))).as("rows holding a layout's bytes").isOne();
    }
    // The case's generated documents: each memorandum and the copy once, as listed for the auditor.
    assertThat(documents.findByProcessInstance(instance.getId())).hasSize(3).allSatisfy(document -> {
      assertThat(documents.verify(document)).as("the auditor's hash check of " + document).isTrue();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document WHERE sha256 = ?", Integer.class, document.sha256()))
          .isOne();
    });
  }
}
