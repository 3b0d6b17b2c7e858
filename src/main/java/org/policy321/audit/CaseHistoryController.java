package org.policy321.audit;

import java.time.LocalDate;
import java.util.List;
import org.policy321.audit.CaseHistory.Header;
import org.policy321.platform.cases.CaseRecord;
import org.policy321.platform.documents.DocumentService;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.identity.ApiCaller;
import org.policy321.platform.identity.Roster;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Case histories for auditors and the cases' other readers ({@link CaseFinder}): search, a case's history as JSON,
 * its case file as PDF/A or JSON, its documents. The caller is the webapps' signed-in user (the case history page,
 * the Cockpit plugin) or a script's HTTP basic user. Each opening of a violation case is in its access log (§V).
 */
@RestController
@RequestMapping("/api/cases")
class CaseHistoryController {

  private final CaseFinder finder;
  private final CaseHistories histories;
  private final ApiCaller apiCaller;
  private final Roster roster;
  private final DocumentService documents;

  CaseHistoryController(CaseFinder finder, CaseHistories histories, ApiCaller apiCaller, Roster roster,
      DocumentService documents) {
    this.finder = finder;
    this.histories = histories;
    this.apiCaller = apiCaller;
    this.roster = roster;
    this.documents = documents;
  }

  @GetMapping
  List<Header> search(@RequestParam(required = false) String number, @RequestParam(required = false) String person,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String status) {
    String caller = apiCaller.userId();
    return finder.search(caller, new CaseSearch(number, person, from, to, status)).stream()
        .map(record -> CaseHistories.header(record, new People(roster, record))).toList();
  }

  @GetMapping("/{number}")
  CaseHistory history(@PathVariable String number) {
    String caller = apiCaller.userId();
    CaseRecord record = finder.open(caller, number);
    finder.opened(caller, record, "case history");
    return histories.of(caller, record);
  }

  /** The case of a process instance (Cockpit's instance view links here), without its history. */
  @GetMapping("/by-process-instance/{processInstanceId}")
  Header byProcessInstance(@PathVariable String processInstanceId) {
    CaseRecord record = finder.openByProcessInstance(apiCaller.userId(), processInstanceId);
    return CaseHistories.header(record, new People(roster, record));
  }

  @GetMapping(value = "/{number}/file.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> caseFilePdf(@PathVariable String number) {
    String caller = apiCaller.userId();
    CaseRecord record = finder.open(caller, number);
    finder.opened(caller, record, "case file (PDF)");
    return attachment(documents.sign(CaseFilePdf.of(histories.of(caller, record))),
        "case-file-" + record.number() + ".pdf", MediaType.APPLICATION_PDF);
  }

  @GetMapping(value = "/{number}/file.json", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CaseHistory> caseFileJson(@PathVariable String number) {
    String caller = apiCaller.userId();
    CaseRecord record = finder.open(caller, number);
    finder.opened(caller, record, "case file (JSON)");
    return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
        .filename("case-file-" + record.number() + ".json").build().toString()).body(histories.of(caller, record));
  }

  @GetMapping("/{number}/documents/{documentId}")
  ResponseEntity<byte[]> document(@PathVariable String number, @PathVariable long documentId) {
    String caller = apiCaller.userId();
    CaseRecord record = finder.open(caller, number);
    StoredDocument document = histories.document(record, documentId);
    finder.opened(caller, record, "document " + document.documentNumber());
    return attachment(document.content(), document.fileName(), MediaType.parseMediaType(document.mediaType()));
  }

  private static <T> ResponseEntity<T> attachment(T body, String fileName, MediaType type) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }

}
