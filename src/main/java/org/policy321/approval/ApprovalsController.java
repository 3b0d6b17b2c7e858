package org.policy321.approval;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The approvals list (§III.R, {@link ApprovalListing}) as JSON: the Chief, designees and auditors see all of them, every
 * other employee their own. Every status by default; {@code ?status=REMOVED} (repeated or comma-separated) narrows it
 * ({@link ApprovalStatusFilter}; an unknown status answers 400 with a sentence). With {@code limit} and/or
 * {@code offset} the answer is one page, newest first, and {@code X-Total-Count} says how many there are (issue 18:
 * the approvals page asks for pages, so it costs the same with ten years of approvals); without, the whole list by
 * number, for scripts. The caller is the Tasklist user of the
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

  /** The most lines one page may ask for. */
  static final int MAX_PAGE = 500;

  @GetMapping("/api/approvals")
  ResponseEntity<List<ApprovalSummary>> approvals(@RequestParam(name = "status", required = false) List<String> status,
      @RequestParam(required = false) Integer limit, @RequestParam(required = false) Integer offset) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in to see approvals.");
    }
    Set<ApprovalStatus> statuses = ApprovalStatusFilter.parse(status);
    boolean everyone = roster.belongsTo(caller.getUserId(), Groups.CHIEF, Groups.DESIGNEE, Groups.AUDITOR);
    if (limit == null && offset == null) {
      return ResponseEntity.ok(everyone ? listing.withStatus(statuses) : listing.withStatusFor(caller.getUserId(), statuses));
    }
    int size = limit == null ? MAX_PAGE : limit;
    int from = offset == null ? 0 : offset;
    if (size < 1 || size > MAX_PAGE || from < 0) {
      throw new BadPage("A page has from 1 to " + MAX_PAGE + " approvals (limit) and starts at 0 or later (offset); "
          + "asked: limit " + size + ", offset " + from + ".");
    }
    ApprovalListing.Page page = listing.page(statuses, everyone ? null : caller.getUserId(), from, size);
    return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(page.total())).body(page.lines());
  }

  /** How many approvals the whole list has, beside a page of it. */
  static final String TOTAL_COUNT = "X-Total-Count";

  /** A page the list cannot give: answered 400 with its sentence. */
  static final class BadPage extends RuntimeException {
    BadPage(String message) {
      super(message);
    }
  }
}
