package org.policy321.posting;

import java.util.List;
import org.policy321.platform.identity.ApiCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers of official accounts (§I.D) and authorized posters (§I.A) over {@code /api} (the webapps' session
 * with its CSRF token, or HTTP basic). Who may do what is the services' rule ({@link PostingRoles}).
 */
@RestController
class PostingRegistersController {

  private final OfficialAccounts accounts;
  private final AuthorizedPosters posters;
  private final ApiCaller apiCaller;

  PostingRegistersController(OfficialAccounts accounts, AuthorizedPosters posters, ApiCaller apiCaller) {
    this.accounts = accounts;
    this.posters = posters;
    this.apiCaller = apiCaller;
  }

  record Revocation(String reason) {}

  record OverseerChange(String overseerId) {}

  record Closure(String reason) {}

  @GetMapping("/api/posting/accounts")
  List<OfficialAccount> accounts() {
    return accounts.all(apiCaller.userId());
  }

  @PostMapping("/api/posting/accounts")
  @ResponseStatus(HttpStatus.CREATED)
  OfficialAccount register(@RequestBody OfficialAccounts.Registration registration) {
    return accounts.register(apiCaller.userId(), registration);
  }

  @PatchMapping("/api/posting/accounts/{id}")
  OfficialAccount changeOverseer(@PathVariable long id, @RequestBody OverseerChange change) {
    return accounts.changeOverseer(apiCaller.userId(), id, change.overseerId());
  }

  @PostMapping("/api/posting/accounts/{id}/close")
  OfficialAccount close(@PathVariable long id, @RequestBody Closure closure) {
    return accounts.close(apiCaller.userId(), id, closure.reason());
  }

  @GetMapping("/api/posting/accounts/{id}/changes")
  List<OfficialAccounts.AccountChange> changes(@PathVariable long id) {
    return accounts.changes(apiCaller.userId(), id);
  }

  @GetMapping("/api/posting/posters")
  List<PosterAuthorization> posters() {
    return posters.all(apiCaller.userId());
  }

  @PostMapping("/api/posting/posters")
  @ResponseStatus(HttpStatus.CREATED)
  PosterAuthorization authorize(@RequestBody AuthorizedPosters.Grant grant) {
    return posters.authorize(apiCaller.userId(), grant);
  }

  @PostMapping("/api/posting/posters/{userId}/revoke")
  PosterAuthorization revoke(@PathVariable String userId, @RequestBody Revocation revocation) {
    return posters.revoke(apiCaller.userId(), userId, revocation.reason());
  }
}
