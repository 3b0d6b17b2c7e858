package org.policy321.violation;

import java.time.OffsetDateTime;

/**
 * One item of a violation case's evidence (§V.A, §V.B), as listed, without its content: a file — the one that
 * came with the report, or one an investigator added — or a written statement. {@code sha256} is of the content
 * as stored (a statement's: of its text in UTF-8), {@code sizeBytes} its length. {@code addedBy} is null for what
 * came with the report: the reporter is never named here (§V.C).
 */
public record CaseEvidence(long id, long violationReport, Kind kind, String title, String statement, String fileName,
    String mediaType, String sha256, long sizeBytes, String addedBy, OffsetDateTime addedAt) {

  /** A file (PDF, PNG or JPEG), or a statement written into the case. */
  public enum Kind { EVIDENCE, STATEMENT }

  /** A statement is served as its text. */
  static final String STATEMENT_MEDIA_TYPE = "text/plain;charset=UTF-8";

  /** Came with the report (named or anonymous) rather than from the investigation. */
  public boolean withReport() {
    return addedBy == null;
  }

  /**
   * How the access log names it: "evidence #12", "statement #13". Not by its file name, which may name a named
   * reporter (a phone's or a person's name), and auditors read the log with the reporter hidden (§V.C).
   */
  String label() {
    return (kind == Kind.STATEMENT ? "statement #" : "evidence #") + id;
  }

  /** The name a download is saved under. */
  String downloadName() {
    return fileName != null ? fileName : "statement-" + id + ".txt";
  }
}
