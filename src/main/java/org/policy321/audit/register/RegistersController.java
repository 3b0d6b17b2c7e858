package org.policy321.audit.register;

import org.policy321.platform.rest.ApiRefusal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.policy321.platform.documents.DocumentService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registers for auditors (issue 13) over {@code /api}: {@code /api/registers/approvals} and
 * {@code /api/registers/violation-cases}, as JSON, or as CSV or PDF/A with {@code ?format=csv|pdf} or the
 * {@code .csv}/{@code .pdf} path; {@code from} and {@code to} (ISO dates) limit them to the days requests were
 * submitted or cases received. Who reads which: {@link RegisterReaders}; refusals: {@link RegisterErrors}.
 */
@RestController
@RequestMapping("/api/registers")
class RegistersController {

  private final RegisterReaders readers;
  private final ApprovalsRegister approvals;
  private final ViolationCasesRegister violationCases;
  private final Clock clock;
  private final DocumentService documents;

  RegistersController(RegisterReaders readers, ApprovalsRegister approvals, ViolationCasesRegister violationCases,
      Clock clock, DocumentService documents) {
    this.readers = readers;
    this.approvals = approvals;
    this.violationCases = violationCases;
    this.clock = clock;
    this.documents = documents;
  }

  /** The register as JSON: the period and its lines. */
  record Register<T>(String title, String from, String to, List<T> lines) {}

  @GetMapping({"/approvals", "/approvals.{extension}"})
  ResponseEntity<?> approvals(@PathVariable(required = false) String extension,
      @RequestParam(required = false) String format, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    String reader = readers.approvalsReader();
    RegisterPeriod period = RegisterPeriod.of(from, to);
    Format chosen = Format.of(extension, format);
    if (chosen == Format.JSON) {
      return ResponseEntity.ok(new Register<>(ApprovalsRegister.TITLE, text(period.from()), text(period.to()),
          approvals.lines(period)));
    }
    return export(chosen, approvals.table(period), "approvals-register", reader);
  }

  @GetMapping({"/violation-cases", "/violation-cases.{extension}"})
  ResponseEntity<?> violationCases(@PathVariable(required = false) String extension,
      @RequestParam(required = false) String format, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    String reader = readers.violationCasesReader();
    RegisterPeriod period = RegisterPeriod.of(from, to);
    Format chosen = Format.of(extension, format);
    String leaveOut = readers.readsOwnCases(reader) ? null : reader;
    if (chosen == Format.JSON) {
      return ResponseEntity.ok(new Register<>(ViolationCasesRegister.TITLE, text(period.from()), text(period.to()),
          violationCases.lines(period, leaveOut)));
    }
    return export(chosen, violationCases.table(period, leaveOut), "violation-cases-register", reader);
  }

  private ResponseEntity<byte[]> export(Format format, RegisterTable table, String fileName, String reader) {
    byte[] body = format == Format.CSV ? RegisterCsv.of(table)
        : documents.sign(RegisterPdf.of(table, readers.name(reader), OffsetDateTime.now(clock)));
    return ResponseEntity.ok()
        .contentType(format == Format.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
            : MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName + "." + format.name().toLowerCase(Locale.ROOT)).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** JSON unless the path's extension or {@code ?format=} asks for CSV or PDF. */
  enum Format {
    JSON, CSV, PDF;

    static Format of(String extension, String parameter) {
      String asked = extension != null ? extension : parameter;
      if (asked == null || asked.isBlank()) {
        return JSON;
      }
      return switch (asked.strip().toLowerCase(Locale.ROOT)) {
        case "json" -> JSON;
        case "csv" -> CSV;
        case "pdf" -> PDF;
        default -> throw ApiRefusal.badInput(
            "\"" + asked + "\" is no format of the registers: choose json, csv or pdf.");
      };
    }
  }
}
