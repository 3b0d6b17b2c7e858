package org.policy321.approval;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The approvals list (§III.R, {@link ApprovalListing}) as JSON: the Chief, designees and auditors see all of them, every
 * other employee their own. Every status by default; {@code ?status=REMOVED} (repeated or comma-separated) narrows it
 * ({@link ApprovalStatusFilter}; an unknown status answers 400 with a sentence). The caller is the Tasklist user of the
 * browser (approvals.html, linked from Tasklist's header) or a script's HTTP basic user
 * (platform/config/RestApiSecurityConfiguration).
 */
@RestController
class ApprovalsController {

  private final ApprovalListing listing;
  private final IdentityService identityService;
  private final Roster roster;

  ApprovalsController(ApprovalListing listing, IdentityService identityService, Roster roster) {
    this.listing = listing;
    this.identityService = identityService;
    this.roster = roster;
  }

  @GetMapping("/api/approvals")
  List<ApprovalSummary> approvals(@RequestParam(name = "status", required = false) List<String> status) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to see approvals.");
    }
    Set<ApprovalStatus> statuses = ApprovalStatusFilter.parse(status);
    if (roster.belongsTo(caller.getUserId(), Groups.CHIEF, Groups.DESIGNEE, Groups.AUDITOR)) {
      return listing.withStatus(statuses);
    }
    return listing.withStatusFor(caller.getUserId(), statuses);
  }
}
