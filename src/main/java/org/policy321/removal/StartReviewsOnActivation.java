package org.policy321.removal;

import static org.policy321.removal.ApprovalReview.Vars;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.policy321.approval.ApprovalActivated;
import org.policy321.approval.DepictionRequestService;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.SystemAuthority;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every approval in force is reviewed periodically (§III.R): its review process starts when the
 * approval becomes active, in the same transaction, keyed by the approval number, with the end of the
 * posting period the memo gave (null when open-ended).
 */
@Component
class StartReviewsOnActivation {

  private final RuntimeService runtimeService;
  private final DepictionRequestService requests;
  private final ReviewDeadlines deadlines;
  private final Roster roster;

  StartReviewsOnActivation(RuntimeService runtimeService, DepictionRequestService requests, ReviewDeadlines deadlines,
      Roster roster) {
    this.runtimeService = runtimeService;
    this.roster = roster;
    this.requests = requests;
    this.deadlines = deadlines;
  }

  @EventListener
  void on(ApprovalActivated activated) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.APPROVAL_NUMBER, activated.approvalNumber());
    variables.put(Vars.REQUESTER_ID, activated.requesterId());
    variables.put(Vars.REQUESTER_NAME, roster.nameOf(activated.requesterId()));
    // Set even when null (open-ended), so that the timer's expression resolves it.
    variables.put(Vars.POSTING_ENDS_AT, deadlines.postingEndsAt(requests.get(activated.requestId()).postingUntil()));
    SystemAuthority.call(() -> runtimeService.startProcessInstanceByKey(ApprovalReview.PROCESS_KEY,
        activated.approvalNumber(), variables));
  }
}
