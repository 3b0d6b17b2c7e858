package org.policy321.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policy321.approval.DepictionApproval.Decisions;
import static org.policy321.approval.DepictionApproval.Elements;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps that issue records check them against the register, not the variables (§III.R "express
 * consent"): even an operator who moves a disapproved memo to the approval copy gets no approval,
 * no copy — the step fails and the case waits with an incident for a person to look at it.
 */
class ForgedStepTest extends DepictionApprovalTestSupport {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aDisapprovedMemoMovedToTheApprovalCopyIssuesNothing_IIIR() {
    ProcessInstance instance = submit("employee", memo());
    decide(instance, "chief", Decisions.DISAPPROVE, "Not in uniform", "The uniform may not advertise a blog");
    long approvalsBefore = jdbc.queryForObject("select count(*) from approval", Long.class);
    long documentsBefore = jdbc.queryForObject("select count(*) from document", Long.class);

    engine.getRuntimeService().createProcessInstanceModification(instance.getId())
        .startBeforeActivity(Elements.ISSUE_APPROVAL_COPY).execute();
    Job copy = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.ISSUE_APPROVAL_COPY).singleResult();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(copy.getId()))
        .hasMessageContaining("is DISAPPROVED, not APPROVED");
    assertThat(jdbc.queryForObject("select count(*) from approval", Long.class)).isEqualTo(approvalsBefore);
    assertThat(jdbc.queryForObject("select count(*) from document", Long.class)).isEqualTo(documentsBefore);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), DepictionApproval.Vars.APPROVAL_COPY)).isNull();
  }
}
