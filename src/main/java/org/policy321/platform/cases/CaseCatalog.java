package org.policy321.platform.cases;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a feature tells the auditors' view about its cases: which numbers it issues, which process instances
 * make up a case, and who may read it. Each feature that opens cases implements it once (depiction approvals,
 * violation cases); the {@code audit} package reads every catalog and knows no feature.
 *
 * <p>Auditors read every case (the {@code audit} package lets them through before {@link #refusal} is asked);
 * every other reader is the feature's rule.
 */
public interface CaseCatalog {

  /** The kind of case this catalog keeps; one catalog per kind. */
  CaseKind kind();

  /** The processes (and decisions) whose history is this kind of record: they get its history time to live. */
  Set<String> processKeys();

  default Set<String> decisionKeys() {
    return Set.of();
  }

  /** The case this number names (any of its numbers, as {@link CaseRecord#numbers()} lists them), if this feature issued it. */
  Optional<CaseRecord> find(String caseNumber);

  /** The case a process instance of this feature belongs to. */
  Optional<CaseRecord> ofProcessInstance(String processInstanceId);

  /** The feature's cases opened in the range (either end may be null: open), running and finished, oldest first. */
  List<CaseRecord> openedBetween(OffsetDateTime from, OffsetDateTime to);

  /** Why this user may not read the case's history, in a sentence for them; empty when they may. */
  Optional<String> refusal(String userId, CaseRecord record);

  /** The user opened the case's history ({@code what}: "case history", "case file (PDF)"); violation cases log it (§V). */
  default void opened(String userId, CaseRecord record, String what) {}

  /**
   * What the feature checks of the case's own records for the case file, one sentence each (a hash-chained log:
   * intact, or where it first breaks).
   */
  default List<String> integrity(CaseRecord record) {
    return List.of();
  }

  /**
   * Removes the case's own rows (not its documents) once the engine has removed the history of every one of its
   * process instances: records retention, never called for a case under legal hold.
   */
  void removeRecords(CaseRecord record);
}
