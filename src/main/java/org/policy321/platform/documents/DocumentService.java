package org.policy321.platform.documents;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Archives generated PDFs with a SHA-256 of their bytes, and checks documents against it.
 *
 * <p>The hash is what makes a record trustworthy later: a printout or a copy sent by e-mail can be
 * compared with the value in the database, and {@link #verify} shows whether stored bytes still
 * match what was written.
 */
@Service
public class DocumentService {

  static final String PDF_MEDIA_TYPE = "application/pdf";
  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

  private final StoredDocumentRepository repository;
  private final DocumentInsert inserts;
  private final Clock clock;

  /** Uses the application's {@link Clock} bean when there is one (tests fix the time with it). */
  public DocumentService(StoredDocumentRepository repository, DocumentInsert inserts, ObjectProvider<Clock> clock) {
    this.repository = repository;
    this.inserts = inserts;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /**
   * Stores a PDF.
   *
   * @param type what kind of document, e.g. "APPROVAL" (at most 40 characters)
   * @param number its business number, e.g. "A-2025-0042" (at most 60 characters)
   * @param title shown in lists; cut to 200 characters, the PDF itself keeps the full title
   * @param fileName name for downloads (at most 200 characters)
   * @param pdf the document's bytes
   * @param processInstanceId the process the document belongs to, or null
   * @throws IllegalArgumentException if a value is missing or too long, or the bytes are no PDF
   */
  public StoredDocument store(
      String type,
      String number,
      String title,
      String fileName,
      byte[] pdf,
      String processInstanceId) {
    requireText("type", type, 40);
    requireText("number", number, 60);
    requireText("fileName", fileName, 200);
    if (processInstanceId != null && processInstanceId.length() > 64) {
      throw new IllegalArgumentException("processInstanceId is longer than 64 characters");
    }
    if (!isPdf(pdf)) {
      throw new IllegalArgumentException("The content is not a PDF (no %PDF- header)");
    }
    StoredDocument document =
        new StoredDocument(
            null,
            type,
            number,
            shorten(title == null ? "" : title, 200),
            PDF_MEDIA_TYPE,
            fileName,
            sha256Hex(pdf),
            pdf.length,
            pdf,
            processInstanceId,
            // Microseconds: what PostgreSQL and H2 keep, so a re-read record equals this one.
            OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    return inserts.insert(document);
  }

  public Optional<StoredDocument> find(long id) {
    return repository.findById(id);
  }

  /** The documents of one process instance, oldest first. */
  public List<StoredDocument> findByProcessInstance(String processInstanceId) {
    return repository.findByProcessInstanceIdOrderByIdAsc(processInstanceId);
  }

  /**
   * Removes a case's documents, found by the case's numbers (a document's number is its case's number, or starts
   * with it and a hyphen): records retention, once the case's history is gone.
   *
   * @return how many were removed
   */
  public int removeOfCase(List<String> caseNumbers) {
    return caseNumbers.stream().mapToInt(repository::deleteNumbered).sum();
  }

  /** Whether the document's content still has the size and SHA-256 recorded when it was stored. */
  public boolean verify(StoredDocument document) {
    byte[] content = document.content();
    if (content == null || content.length != document.sizeBytes() || document.sha256() == null) {
      return false;
    }
    // Constant-time comparison: cheap, and no timing hints about how much of a hash matched.
    return MessageDigest.isEqual(
        sha256Hex(content).getBytes(US_ASCII), document.sha256().getBytes(US_ASCII));
  }

  /** Lower-case hex SHA-256, as stored in {@code document.sha256} (and in {@code case_evidence.sha256}). */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static boolean isPdf(byte[] bytes) {
    if (bytes == null || bytes.length < PDF_MAGIC.length) {
      return false;
    }
    for (int i = 0; i < PDF_MAGIC.length; i++) {
      if (bytes[i] != PDF_MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static void requireText(String name, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
    }
  }

  private static String shorten(String text, int maxLength) {
    if (text.length() <= maxLength) {
      return text;
    }
    int end = maxLength - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // do not split a surrogate pair
    }
    return text.substring(0, end) + "\u2026";
  }
}
