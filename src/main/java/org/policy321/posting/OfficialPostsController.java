package org.policy321.posting;

import java.util.List;
import org.policy321.platform.identity.ApiCaller;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the draft form of an official post offers the employee signed in ({@code GET /api/posting/draft-options}):
 * whether they file directly as an authorized poster (§I.A) or request through their supervisor (§I.B), the
 * accounts they may choose (their authorization's, or every registered account for a request), and the categories.
 */
@RestController
class OfficialPostsController {

  private final OfficialPosts posts;
  private final ApiCaller apiCaller;
  private final Roster roster;

  OfficialPostsController(OfficialPosts posts, ApiCaller apiCaller, Roster roster) {
    this.posts = posts;
    this.apiCaller = apiCaller;
    this.roster = roster;
  }

  record AccountChoice(long id, String label) {}

  record CategoryChoice(String value, String label) {}

  record DraftOptions(boolean filesAsPoster, String supervisor, List<AccountChoice> accounts,
      List<CategoryChoice> categories) {}

  @GetMapping("/api/posting/draft-options")
  DraftOptions draftOptions() {
    String caller = apiCaller.userId();
    if (!roster.belongsTo(caller, Groups.EMPLOYEE)) {
      throw ApiRefusal.notPermitted("Only employees of the department draft official posts (Policy 3.21 §I.A, §I.B).");
    }
    boolean poster = posts.isCurrentPoster(caller);
    return new DraftOptions(poster, poster ? null : posts.supervisorOf(caller).map(roster::nameOf).orElse(null),
        posts.draftAccounts(caller).stream().map(account -> new AccountChoice(account.id(), account.label())).toList(),
        java.util.Arrays.stream(PostCategory.values()).map(c -> new CategoryChoice(c.value, c.label)).toList());
  }
}
