package org.policy321.violation;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request above {@code spring.servlet.multipart.*} (the evidence file of a report, §V.A, is
 * allowed 10 MB; the request a little more), or a multipart body that cannot be read (cut off, no
 * boundary), is refused with a message instead of an error page and a stack trace in the log.
 * Application-wide: the upload is refused while the request is read, before Spring knows which
 * controller it is for, so an advice limited to the report controller would never see it. The
 * MVC forms with files are the report page and the evidence a case's investigator adds (Tasklist's
 * own go to the engine's REST API), so the message suits both.
 */
@RestControllerAdvice
class UploadTooLargeErrors {

  private final ViolationProperties properties;

  UploadTooLargeErrors(ViolationProperties properties) {
    this.properties = properties;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException refused) {
    long megabytes = DataSize.ofBytes(properties.maxEvidenceBytes()).toMegabytes();
    return ResponseEntity.badRequest().body(Map.of("message", "The file is too large: the limit is " + megabytes
        + " MB. Reduce or split the file (a report may give the posting's web address instead) and send it again. Nothing was recorded."));
  }

  /** Spring picks the closest type within one advice, so a too-large upload still gets the message above. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, String>> unreadable(MultipartException refused) {
    return ResponseEntity.badRequest().body(Map.of("message", "The form could not be read: the upload was cut off or"
        + " is not a form as the page sends it. Send it again from the page; nothing was recorded."));
  }
}
