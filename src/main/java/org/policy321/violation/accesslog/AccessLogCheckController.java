package org.policy321.violation.accesslog;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The check of every case's access log chain ({@link AccessLogChain#verifyAll}) for auditors and Internal
 * Affairs, who read the log itself. It names cases and entry ids, never who opened what.
 */
@RestController
class AccessLogCheckController {

  private final AccessLogChain chain;
  private final IdentityService identityService;
  private final Roster roster;

  AccessLogCheckController(AccessLogChain chain, IdentityService identityService, Roster roster) {
    this.chain = chain;
    this.identityService = identityService;
    this.roster = roster;
  }

  @GetMapping("/api/audit/access-log-check")
  ResponseEntity<?> check() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null
        || !roster.belongsTo(caller.getUserId(), Groups.AUDITOR, Groups.INTERNAL_AFFAIRS)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("type", HttpStatus.FORBIDDEN.getReasonPhrase(),
          "message", "Only auditors and Internal Affairs check the case access log."));
    }
    return ResponseEntity.ok(chain.verifyAll());
  }
}
