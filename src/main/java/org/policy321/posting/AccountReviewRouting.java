package org.policy321.posting;

import java.util.List;
import org.policy321.platform.identity.Groups;
import org.springframework.stereotype.Component;

/**
 * Who confirms an account's checklist ({@code ${accountReviewRouting.candidateGroups(reviewerId)}} on Confirm account
 * checklist): the overseer, assigned; when the overseer has left the department there is nobody to assign, and the task
 * is offered to those who keep the accounts instead — the Chief, designees and HR (§I.D, §VI.B).
 */
@Component(OfficialAccountReview.ROUTING_BEAN)
public class AccountReviewRouting {

  static final List<String> ACCOUNT_KEEPERS = List.of(Groups.HR, Groups.CHIEF, Groups.DESIGNEE);

  /** The expression language hands a null reviewer over as "". */
  public List<String> candidateGroups(String reviewerId) {
    return reviewerId == null || reviewerId.isEmpty() ? ACCOUNT_KEEPERS : List.of();
  }
}
