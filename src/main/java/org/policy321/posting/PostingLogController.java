package org.policy321.posting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.policy321.audit.register.RegisterCsv;
import org.policy321.audit.register.RegisterPdf;
import org.policy321.audit.register.RegisterPeriod;
import org.policy321.audit.register.RegisterTable;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.identity.ApiCaller;
import org.policy321.platform.rest.ApiRefusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The posting log over {@code /api/posting} (the webapps' session with its CSRF token, or HTTP basic): whether the
 * caller reads it ({@code /access}, asked by the header links), read it (a period, or one post), export a period as
 * CSV or PDF/A (signed by the department, made on request, not stored), correct an entry (a new entry naming it) and
 * record a take-down. There is no PUT, PATCH or DELETE: nothing changes or removes an entry. Who may do what:
 * {@link PostingLogService}.
 */
@RestController
class PostingLogController {

  private final PostingLogService log;
  private final ApiCaller apiCaller;
  private final DocumentService documents;
  private final Clock clock;

  PostingLogController(PostingLogService log, ApiCaller apiCaller, DocumentService documents, Clock clock) {
    this.log = log;
    this.apiCaller = apiCaller;
    this.documents = documents;
    this.clock = clock;
  }

  record LogPage(String title, String from, String to, List<PostingLogService.EntryView> entries) {}

  record TakeDown(String reason) {}

  /** Whether the caller reads the log; the header links of Tasklist and Cockpit ask before they show themselves. */
  record Access(boolean mayRead) {}

  @GetMapping("/api/posting/log")
  LogPage read(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String post) {
    RegisterPeriod period = RegisterPeriod.of(from, to);
    return new LogPage(PostingLogService.TITLE, text(period.from()), text(period.to()),
        log.read(apiCaller.userId(), period, post));
  }

  @GetMapping("/api/posting/log/access")
  Access access() {
    return new Access(log.mayRead(apiCaller.userId()));
  }

  @GetMapping("/api/posting/log/{id:\\d+}")
  PostingLogEntry entry(@PathVariable long id) {
    return log.entry(apiCaller.userId(), id);
  }

  @GetMapping("/api/posting/log/export")
  ResponseEntity<byte[]> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String format) {
    String caller = apiCaller.userId();
    RegisterPeriod period = RegisterPeriod.of(from, to);
    String chosen = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    if (!chosen.equals("csv") && !chosen.equals("pdf")) {
      throw ApiRefusal.badInput("\"" + (format == null ? "" : format) + "\" is no format of the posting log's export: "
          + "choose csv or pdf.");
    }
    RegisterTable table = log.table(caller, period);
    byte[] body = chosen.equals("csv") ? RegisterCsv.of(table)
        : documents.sign(RegisterPdf.of(table, log.readerName(caller), OffsetDateTime.now(clock)));
    return ResponseEntity.ok()
        .contentType(chosen.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
            : MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("posting-log" + (period.from() == null ? "" : "-" + period.from())
                + (period.to() == null ? "" : "-" + period.to()) + "." + chosen).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  @PostMapping("/api/posting/log/{id:\\d+}/corrections")
  @ResponseStatus(HttpStatus.CREATED)
  PostingLogEntry correct(@PathVariable long id, @RequestBody PostingLogService.Correction correction) {
    return log.correct(apiCaller.userId(), id, correction);
  }

  @PostMapping("/api/posting/posts/{postNumber}/take-down")
  @ResponseStatus(HttpStatus.CREATED)
  PostingLogEntry takeDown(@PathVariable String postNumber, @RequestBody TakeDown takeDown) {
    return log.takeDown(apiCaller.userId(), postNumber, takeDown.reason());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
