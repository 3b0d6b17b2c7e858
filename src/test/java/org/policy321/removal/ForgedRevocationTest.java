package org.policy321.removal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policy321.approval.ApprovalStatus;
import org.policy321.removal.RemovalOnDirection.Elements;
import org.policy321.removal.RemovalOnDirection.Vars;

/**
 * The revocation is issued from the removal's record, not from variables (§III.R): a directed removal
 * moved past its verification — nobody has confirmed or verified anything — revokes nothing; the step
 * fails and waits with an incident, and the approval stays as it was (removal pending).
 */
class ForgedRevocationTest extends RemovalTestSupport {

  @Test
  void aRemovalMovedPastItsVerificationRevokesNothing_IIIR() {
    String number = approvals.active("employee");
    ProcessInstance instance = requestRemoval("designee", number, "The posting shows a marked unit at a crime scene", null);

    engine.getRuntimeService().createProcessInstanceModification(instance.getId())
        .startBeforeActivity(Elements.REVOKE_APPROVAL).execute();
    Job revoke = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(Elements.REVOKE_APPROVAL).singleResult();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(revoke.getId()))
        .hasMessageContaining("not verified").hasMessageContaining("cannot be closed as REMOVED");
    assertThat(register.existing(number).status()).isEqualTo(ApprovalStatus.REMOVAL_PENDING);
    assertThat(removalCase(instance).status()).isEqualTo(RemovalStatus.OPEN);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), Vars.REVOCATION_NOTICE)).isNull();
  }
}
