package org.policy321.posting;

import java.util.List;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.tasklist.TaskFilter;
import org.policy321.platform.tasklist.TaskFilterCatalog;
import org.policy321.posting.OfficialPost.Elements;
import org.springframework.stereotype.Component;

/**
 * Tasklist filters of official posts (§I.B, §II.C): "Posts to approve" for the Chief and designees — decisions before
 * a post goes out and reviews of urgent notices that went out at once — and "Posts to publish" for the authorized
 * posters: posts to check and attest, revise, publish or take down. Each lists what its reader may see: the engine
 * shows a poster the posts offered to the posters and their own.
 */
@Component
class OfficialPostTaskFilters implements TaskFilterCatalog {

  static final String POSTS_TO_APPROVE = "Posts to approve";
  static final String POSTS_TO_PUBLISH = "Posts to publish";

  @Override
  public List<TaskFilter> filters() {
    return List.of(
        TaskFilter.forGroups(POSTS_TO_APPROVE, "Official posts awaiting the approval of the Chief or a designee, and "
                + "urgent notices to review after they went out (§I.B, §IV)", 12, List.of(Groups.CHIEF, Groups.DESIGNEE),
            query -> query.processDefinitionKey(OfficialPost.PROCESS_KEY)
                .taskDefinitionKeyIn(Elements.DECIDE_ON_POST, Elements.REVIEW_PUBLISHED_NOTICE)),
        TaskFilter.forGroups(POSTS_TO_PUBLISH, "Official posts to check against §IV, revise, publish and record, or "
                + "take down (§I.A, §II.C)", 14, List.of(Groups.SOCIAL_MEDIA),
            query -> query.processDefinitionKey(OfficialPost.PROCESS_KEY).taskDefinitionKeyIn(Elements.CHECK_POST,
                Elements.REVISE_POST, Elements.PUBLISH_POST, Elements.TAKE_DOWN_POST)));
  }
}
