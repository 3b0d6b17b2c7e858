package org.policy321.training;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policy321.audit.register.RegisterCsv;
import org.policy321.audit.register.RegisterPdf;
import org.policy321.audit.register.RegisterTable;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.identity.ApiCaller;
import org.policy321.platform.identity.Roster;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * §VI.A over {@code /api/training}: the check of understanding's questions for the Tasklist form ({@code questions},
 * any signed-in user: texts and options, never the answers), and the compliance view ({@code compliance}, as JSON, or
 * as CSV or a signed PDF/A with {@code .csv}/{@code .pdf} or {@code ?format=}); who reads it is {@link ComplianceView}'s
 * rule.
 */
@RestController
class TrainingController {

  private final UnderstandingCheck check;
  private final ComplianceView compliance;
  private final ApiCaller apiCaller;
  private final Roster roster;
  private final DocumentService documents;
  private final Clock clock;

  TrainingController(UnderstandingCheck check, ComplianceView compliance, ApiCaller apiCaller, Roster roster,
      DocumentService documents, Clock clock) {
    this.check = check;
    this.compliance = compliance;
    this.apiCaller = apiCaller;
    this.roster = roster;
    this.documents = documents;
    this.clock = clock;
  }

  @GetMapping("/api/training/questions")
  List<Map<String, Object>> questions() {
    return check.questions();
  }

  @GetMapping({"/api/training/compliance", "/api/training/compliance.{extension}"})
  ResponseEntity<?> compliance(@PathVariable(required = false) String extension,
      @RequestParam(required = false) String format) {
    String caller = apiCaller.userId();
    String asked = (extension != null ? extension : format == null ? "json" : format).strip().toLowerCase(Locale.ROOT);
    if (!List.of("json", "csv", "pdf").contains(asked)) {
      throw ApiRefusal.badInput("\"" + asked + "\" is no format of the compliance view: choose json, csv or pdf.");
    }
    ComplianceView.Report report = compliance.report(caller);
    if (asked.equals("json")) {
      return ResponseEntity.ok(report);
    }
    RegisterTable table = compliance.table(report);
    boolean csv = asked.equals("csv");
    byte[] body = csv ? RegisterCsv.of(table)
        : documents.sign(RegisterPdf.of(table, roster.nameOf(caller), OffsetDateTime.now(clock)));
    return ResponseEntity.ok()
        .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("training-compliance-" + report.asOf() + "." + asked).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }
}
