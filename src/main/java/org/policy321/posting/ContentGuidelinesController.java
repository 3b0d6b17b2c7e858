package org.policy321.posting;

import java.util.List;
import org.policy321.platform.documents.StoredDocument;
import org.policy321.platform.identity.ApiCaller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The content guidelines over {@code /api/posting/guidelines} (§I.B): the Chief or a designee publishes a version
 * (POST); employees and auditors read the versions, the one in force and each version's PDF/A; the Chief, designees,
 * HR and auditors read who acknowledged which version when. There is no way to change or remove a published version:
 * no PUT, PATCH or DELETE, and a POST always makes the next version. Who may do what is {@link PostingRoles}'.
 */
@RestController
@RequestMapping("/api/posting/guidelines")
class ContentGuidelinesController {

  private final ContentGuidelines guidelines;
  private final GuidelineAcknowledgements acknowledgements;
  private final ApiCaller apiCaller;

  ContentGuidelinesController(ContentGuidelines guidelines, GuidelineAcknowledgements acknowledgements,
      ApiCaller apiCaller) {
    this.guidelines = guidelines;
    this.acknowledgements = acknowledgements;
    this.apiCaller = apiCaller;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ContentGuideline publish(@RequestBody(required = false) ContentGuidelines.Publication publication) {
    return guidelines.publish(apiCaller.userId(), publication);
  }

  @GetMapping
  List<ContentGuideline> all() {
    return guidelines.all(apiCaller.userId());
  }

  @GetMapping("/current")
  ContentGuideline current() {
    return guidelines.current(apiCaller.userId());
  }

  @GetMapping("/acknowledgements")
  List<GuidelineAcknowledgements.AcknowledgementView> acknowledgements(@RequestParam(required = false) Integer version) {
    return acknowledgements.view(apiCaller.userId(), version);
  }

  @GetMapping("/{version}")
  ContentGuideline version(@PathVariable int version) {
    return guidelines.version(apiCaller.userId(), version);
  }

  @GetMapping(value = "/{version}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable int version) {
    StoredDocument pdf = guidelines.document(apiCaller.userId(), version);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(pdf.fileName()).build()
            .toString())
        .header("X-Content-SHA256", pdf.sha256())
        .body(pdf.content());
  }
}
