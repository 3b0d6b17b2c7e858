package org.policy321.removal;

import static org.policy321.removal.ApprovalReview.Vars;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.policy321.approval.ApprovalActivated;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every approval in force is reviewed periodically (§III.R): its review process starts when the
 * approval becomes active, in the same transaction, keyed by the approval number.
 */
@Component
class StartReviewsOnActivation {

  private final RuntimeService runtimeService;

  StartReviewsOnActivation(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @EventListener
  void on(ApprovalActivated activated) {
    SystemAuthority.call(() -> runtimeService.startProcessInstanceByKey(ApprovalReview.PROCESS_KEY,
        activated.approvalNumber(),
        Map.of(Vars.APPROVAL_NUMBER, activated.approvalNumber(), Vars.REQUESTER_ID, activated.requesterId())));
  }
}
