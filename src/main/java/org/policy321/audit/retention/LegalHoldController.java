package org.policy321.audit.retention;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal holds over {@code /api} (the webapps' session with its CSRF token, or HTTP basic): placed and lifted by the
 * Chief of Police or an auditor, listed for them, and shown with each case to its readers.
 */
@RestController
class LegalHoldController {

  private final LegalHolds holds;
  private final IdentityService identityService;

  LegalHoldController(LegalHolds holds, IdentityService identityService) {
    this.holds = holds;
    this.identityService = identityService;
  }

  record HoldRequest(HoldKind kind, String reason) {}

  record LiftRequest(String reason) {}

  @GetMapping("/api/legal-holds")
  List<LegalHold> all() {
    return holds.all(caller());
  }

  @GetMapping("/api/cases/{number}/holds")
  List<LegalHold> ofCase(@PathVariable String number) {
    return holds.of(caller(), number);
  }

  @PostMapping("/api/cases/{number}/holds")
  @ResponseStatus(HttpStatus.CREATED)
  LegalHold place(@PathVariable String number, @RequestBody HoldRequest request) {
    return holds.place(caller(), number, request.kind(), request.reason());
  }

  @PostMapping("/api/cases/{number}/holds/{holdId}/lift")
  LegalHold lift(@PathVariable String number, @PathVariable long holdId, @RequestBody LiftRequest request) {
    return holds.lift(caller(), number, holdId, request.reason());
  }

  private String caller() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new IllegalStateException("No signed-in user behind /api");
    }
    return authentication.getUserId();
  }
}
