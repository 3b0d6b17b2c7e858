package org.policy321.audit.retention;

import java.util.List;
import org.policy321.platform.identity.ApiCaller;
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
  private final ApiCaller apiCaller;

  LegalHoldController(LegalHolds holds, ApiCaller apiCaller) {
    this.holds = holds;
    this.apiCaller = apiCaller;
  }

  record HoldRequest(HoldKind kind, String reason) {}

  record LiftRequest(String reason) {}

  @GetMapping("/api/legal-holds")
  List<LegalHold> all() {
    return holds.all(apiCaller.userId());
  }

  @GetMapping("/api/cases/{number}/holds")
  List<LegalHold> ofCase(@PathVariable String number) {
    return holds.of(apiCaller.userId(), number);
  }

  @PostMapping("/api/cases/{number}/holds")
  @ResponseStatus(HttpStatus.CREATED)
  LegalHold place(@PathVariable String number, @RequestBody HoldRequest request) {
    return holds.place(apiCaller.userId(), number, request.kind(), request.reason());
  }

  @PostMapping("/api/cases/{number}/holds/{holdId}/lift")
  LegalHold lift(@PathVariable String number, @PathVariable long holdId, @RequestBody LiftRequest request) {
    return holds.lift(apiCaller.userId(), number, holdId, request.reason());
  }

}
