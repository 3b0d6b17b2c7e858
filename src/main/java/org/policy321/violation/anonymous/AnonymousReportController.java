package org.policy321.violation.anonymous;

import org.policy321.violation.ViolationProperties;
import org.policy321.violation.ReportContent;
import org.policy321.violation.CorrespondenceKind;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.policy321.platform.forms.Upload;
import org.policy321.platform.identity.Groups;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.identity.StaffMember;
import org.policy321.violation.ClauseChoice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public, login-free report pages (§V.A: "anonymous reports are allowed"): the report form at
 * {@code /report} and the receipt-code page at {@code /report/status}.
 *
 * <p>Nothing here reads or logs anything about the request beyond the fields the sender typed:
 * no address, no session, no user. {@link SenderBlindFilter} hides those from this class in the
 * first place, and {@link ReportCsrfFilter} guards the POSTs. Not under {@code /api}, where Camunda's
 * basic-authentication filter would ask for a login.
 */
@RestController
class AnonymousReportController {

  private final AnonymousReports reports;
  private final AnonymousRateLimits limits;
  private final IdentityService identityService;
  private final Roster roster;
  private final ViolationProperties properties;

  AnonymousReportController(AnonymousReports reports, AnonymousRateLimits limits, IdentityService identityService,
      Roster roster, ViolationProperties properties) {
    this.reports = reports;
    this.limits = limits;
    this.identityService = identityService;
    this.roster = roster;
    this.properties = properties;
  }

  @GetMapping("/report")
  ModelAndView reportPage() {
    return new ModelAndView("forward:/report/report.html");
  }

  @GetMapping("/report/status")
  ModelAndView statusPage() {
    return new ModelAndView("forward:/report/status.html");
  }

  /** A supervisor the report may go to (§V.A: "Internal Affairs or a supervisor"), by name. */
  record SupervisorChoice(String id, String name) {}

  record FormChoices(List<ClauseChoice> clauses, List<SupervisorChoice> supervisors, long maxEvidenceBytes) {}

  /** What the form offers; also where the page picks up its CSRF token (a header of this response). */
  @GetMapping("/report/form")
  FormChoices formChoices() {
    List<ClauseChoice> clauses = ClauseChoice.catalogue();
    // Named as on the roster: a supervisor's Camunda profile name is theirs to change.
    List<SupervisorChoice> supervisors = identityService.createUserQuery().memberOfGroup(Groups.SUPERVISOR).list()
        .stream().map(user -> roster.member(user.getId()))
        .sorted(Comparator.comparing(StaffMember::lastName).thenComparing(StaffMember::firstName))
        .map(member -> new SupervisorChoice(member.userId(), member.fullName())).toList();
    return new FormChoices(clauses, supervisors, properties.maxEvidenceBytes());
  }

  /** The receipt, shown to the sender once: the code is kept nowhere but as a hash. */
  record Receipt(String caseNumber, String receiptCode) {}

  @PostMapping("/report")
  Receipt submit(
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String placeAndTime,
      @RequestParam(required = false) List<String> clauses,
      @RequestParam(required = false) String whatWasPosted,
      @RequestParam(required = false) String evidenceUrl,
      @RequestParam(required = false) MultipartFile evidence,
      @RequestParam(required = false) Boolean endangers,
      @RequestParam(required = false) String routeTo) {
    // Every field is optional here so that ReportContent refuses a missing one in words naming it.
    AnonymousReports.Submitted submitted = limits.submission(() -> reports.submit(new ReportContent(subject,
        placeAndTime, clauses == null ? null : String.join(",", clauses), whatWasPosted, evidenceUrl, Upload.ofPart(evidence),
        endangers, routeTo)));
    return new Receipt(submitted.caseNumber(), submitted.receiptCode());
  }

  /** One notice, question or answer, as the sender reads it. */
  record Letter(CorrespondenceKind kind, String text, OffsetDateTime writtenAt) {}

  record CaseView(String caseNumber, String status, List<Letter> correspondence, boolean questionOpen) {}

  /** The code travels in the body of a POST, never in an address that proxies and browsers keep. */
  @PostMapping("/report/status")
  CaseView status(@RequestParam(required = false) String code) {
    return limits.lookup(() -> view(reports.status(code)));
  }

  @PostMapping("/report/answer")
  CaseView answer(@RequestParam(required = false) String code, @RequestParam(required = false) String answer) {
    return limits.lookup(() -> {
      reports.answer(code, answer);
      return view(reports.status(code));
    });
  }

  private static CaseView view(AnonymousReports.Status status) {
    return new CaseView(status.caseNumber(), status.status(), status.correspondence().stream()
        .map(c -> new Letter(c.kind(), c.text(), c.writtenAt())).toList(), status.questionOpen());
  }
}
