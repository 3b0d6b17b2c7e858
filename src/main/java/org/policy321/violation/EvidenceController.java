package org.policy321.violation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policy321.platform.forms.Upload;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A violation case's evidence through {@code /api} (§V.A, §V.B): whoever investigates the case adds a file or a
 * written statement, and the case's readers download an item with its SHA-256. Both for the Tasklist session
 * (a change with its CSRF token, platform/security) and scripts (HTTP basic); pages of other sites are refused
 * before they get here. The case view lists the items ({@link ViolationCasesController}); refusals:
 * {@link ViolationApiErrors}.
 */
@RestController
@RequestMapping("/api/violation-cases/{caseNumber}/evidence")
class EvidenceController {

  /** The SHA-256 of the download's bytes, lower-case hex, as the case view lists it. */
  static final String SHA256_HEADER = "X-Content-SHA256";

  private final CaseReaders readers;
  private final EvidenceLocker locker;

  EvidenceController(CaseReaders readers, EvidenceLocker locker) {
    this.readers = readers;
    this.locker = locker;
  }

  /** Every part optional here, so that the locker refuses a missing one in words naming it. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<List<CaseView.EvidenceItem>> add(@PathVariable String caseNumber,
      @RequestParam(required = false) String title, @RequestParam(required = false) String statement,
      @RequestParam(required = false) MultipartFile file) {
    String caller = readers.caller();
    ViolationReport report = readers.open(caller, caseNumber);
    List<CaseEvidence> added = locker.add(report, caller, title, statement, Upload.ofPart(file));
    return ResponseEntity.status(HttpStatus.CREATED).body(CaseView.EvidenceItem.of(report.caseNumber(), added));
  }

  /** An attachment, never shown in the browser (and nosniff on every answer of /api), nor kept in its cache. */
  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id) {
    String caller = readers.caller();
    ViolationReport report = readers.open(caller, caseNumber);
    EvidenceLocker.Download download = locker.download(report, id, caller).orElseThrow(() -> new CaseRefusal(
        CaseRefusal.Reason.NOT_FOUND, "Case " + report.caseNumber() + " holds no evidence #" + id + "."));
    CaseEvidence item = download.item();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(item.mediaType()))
        .contentLength(download.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(item.downloadName(), StandardCharsets.UTF_8).build().toString())
        .header(SHA256_HEADER, item.sha256())
        .cacheControl(CacheControl.noStore())
        .body(download.content());
  }
}
