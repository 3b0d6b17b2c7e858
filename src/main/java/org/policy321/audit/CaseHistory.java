package org.policy321.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case's history as auditors read it, and as its case file records it: the case, every step in order (who,
 * what, when, the variables it changed, before and after) and every document, with its SHA-256 and whether the
 * stored bytes still match it, and what the feature checks of its own records (the access log's hash chain).
 */
record CaseHistory(Header caseRecord, List<Step> steps, List<DocumentEntry> documents, List<String> integrity,
    OffsetDateTime generatedAt, String generatedFor) {

  /** The case: its numbers, kind, status and the people it concerns (by name and rank). */
  record Header(String number, List<String> numbers, String kind, String summary, String status, boolean finished,
      OffsetDateTime openedAt, OffsetDateTime closedAt, List<Party> parties) {}

  record Party(String role, String userId, String name) {}

  /**
   * One step: when, who ({@code whoId} the user id, null for the engine and for a person the record withholds),
   * what, in which process of the case and at which element of its diagram, and what it changed.
   */
  record Step(OffsetDateTime at, String who, String whoId, String what, String process, String elementId,
      List<Change> changes) {}

  /** A variable the step set: its value before (null when new) and after. */
  record Change(String variable, String before, String after) {}

  /**
   * A document of the case; {@code intact}: its stored bytes still have the recorded size and SHA-256;
   * {@code signatures}: each PDF signature in it, checked.
   */
  record DocumentEntry(long id, String type, String number, String title, String fileName, String mediaType,
      long sizeBytes, String sha256, OffsetDateTime createdAt, boolean intact, List<Signature> signatures,
      String download) {}

  /** A document's signature: who signed, when, and whether it is the department's, whole and unaltered. */
  record Signature(String signer, OffsetDateTime signedAt, boolean byDepartment, boolean valid) {}
}
