package org.policy321.posting;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who the steps of {@code official-post} are offered to, as the diagram's expressions ask: a member's request goes
 * to their supervisor from the roster, or — without one — to the group {@code policy.posting.request-fallback-group}
 * (§I.B chain of command); the overseer's approval to Human Resources and the employees who oversee the post's
 * accounts (§VI.B).
 */
@Component("officialPostRouting")
public class OfficialPostRouting {

  private final OfficialPostProperties properties;
  private final OfficialPosts posts;

  OfficialPostRouting(OfficialPostProperties properties, OfficialPosts posts) {
    this.properties = properties;
    this.posts = posts;
  }

  /** @param supervisorId the supervisor, or null — which the expression language hands over as "" */
  public List<String> requestReviewGroups(String supervisorId) {
    return supervisorId == null || supervisorId.isBlank() ? List.of(properties.requestFallbackGroup()) : List.of();
  }

  public List<String> overseers(long postId) {
    return posts.overseers(postId);
  }
}
