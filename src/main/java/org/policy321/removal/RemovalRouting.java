package org.policy321.removal;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who reviews an unremoved posting (§III.R): the requester's supervisor from the roster, or — when the
 * roster names none — the configured group {@code policy.removal.fallback-review-group}, never a
 * particular person's account. Used by {@code Task_ReviewUnremovedPosting} as
 * {@code ${removalRouting.reviewGroups(supervisorId)}}.
 */
@Component("removalRouting")
public class RemovalRouting {

  private final RemovalProperties properties;

  RemovalRouting(RemovalProperties properties) {
    this.properties = properties;
  }

  /** @param supervisorId the supervisor, or null — which the expression language hands over as "" */
  public List<String> reviewGroups(String supervisorId) {
    return supervisorId == null || supervisorId.isBlank() ? List.of(properties.fallbackReviewGroup()) : List.of();
  }
}
