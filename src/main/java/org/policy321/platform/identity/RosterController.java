package org.policy321.platform.identity;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster HR keeps, over {@code /api/roster} (the webapps' session with its CSRF token, or HTTP basic): list and
 * add members, change rank, unit and supervisor, record a leaving date, read the change log. Who may do what is
 * {@link RosterMaintenance}'s rule.
 */
@RestController
class RosterController {

  private final RosterMaintenance roster;
  private final ApiCaller apiCaller;

  RosterController(RosterMaintenance roster, ApiCaller apiCaller) {
    this.roster = roster;
    this.apiCaller = apiCaller;
  }

  record Leaving(String leavingDate) {}

  @GetMapping("/api/roster")
  List<RosterMaintenance.Member> members() {
    return roster.members(apiCaller.userId());
  }

  @PostMapping("/api/roster")
  @ResponseStatus(HttpStatus.CREATED)
  RosterMaintenance.Member add(@RequestBody RosterMaintenance.NewMember member) {
    return roster.add(apiCaller.userId(), member);
  }

  @GetMapping("/api/roster/access")
  RosterMaintenance.Access access() {
    return roster.access(apiCaller.userId());
  }

  @GetMapping("/api/roster/changes")
  List<RosterMaintenance.RosterChange> allChanges() {
    return roster.changes(apiCaller.userId(), null);
  }

  @GetMapping("/api/roster/{userId}")
  RosterMaintenance.Member member(@PathVariable String userId) {
    return roster.member(apiCaller.userId(), userId);
  }

  @PatchMapping("/api/roster/{userId}")
  RosterMaintenance.Member change(@PathVariable String userId, @RequestBody RosterMaintenance.Change change) {
    return roster.change(apiCaller.userId(), userId, change);
  }

  @PostMapping("/api/roster/{userId}/leaving")
  RosterMaintenance.Member leaving(@PathVariable String userId, @RequestBody Leaving leaving) {
    return roster.recordLeaving(apiCaller.userId(), userId, leaving.leavingDate());
  }

  @GetMapping("/api/roster/{userId}/changes")
  List<RosterMaintenance.RosterChange> changes(@PathVariable String userId) {
    return roster.changes(apiCaller.userId(), userId);
  }
}
