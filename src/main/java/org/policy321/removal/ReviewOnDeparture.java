package org.policy321.removal;

import static org.policy321.removal.ApprovalReview.Vars;

import org.camunda.bpm.engine.RuntimeService;
import org.policy321.approval.Approval;
import org.policy321.approval.ApprovalRegister;
import org.policy321.platform.identity.StaffLeft;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a requester leaves the department, each of their approvals in force goes to the Chief or a designee,
 * who keeps it or directs its removal (§III.R). The message {@value ApprovalReview#MESSAGE_REQUESTER_LEFT}
 * reaches the approval's review (business key: the approval number) in the identity command's transaction,
 * as the system. A review that is not waiting for it is left alone: one in Confirm posting takes it on the
 * task's boundary event, one already before a designee (Decide whether the approval stays) or in its removal
 * has a person on it already.
 */
@Component
class ReviewOnDeparture {

  private final ApprovalRegister register;
  private final ReviewService reviews;
  private final RuntimeService runtimeService;

  ReviewOnDeparture(ApprovalRegister register, ReviewService reviews, RuntimeService runtimeService) {
    this.register = register;
    this.reviews = reviews;
    this.runtimeService = runtimeService;
  }

  @EventListener
  void on(StaffLeft left) {
    for (Approval approval : register.activeOf(left.userId())) {
      SystemAuthority.call(() -> runtimeService.createMessageCorrelation(ApprovalReview.MESSAGE_REQUESTER_LEFT)
          .processInstanceBusinessKey(approval.approvalNumber())
          .setVariable(Vars.REVIEW_REASON, reviews.requesterLeftReason(approval.approvalNumber(), left.userId(), left.how()))
          .correlateAllWithResult());
    }
  }
}
