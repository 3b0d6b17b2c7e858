package org.policy321.violation.accesslog;

/** What someone did with a violation case when they opened it (§V "Who sees what"). */
public enum CaseAccessAction {
  /** A task of the case, or of its party process, or a notice about it: the task, its form or its variables. */
  TASK_OPENED,
  /** The case itself: its process instance, its variables, its history, or the case record. */
  CASE_VIEWED,
  /** The content of a file of the case (evidence, a notice). */
  DOCUMENT_DOWNLOADED,
  /** A file or written statement added to the case's evidence (the item's number: evidence #12, statement #13). */
  EVIDENCE_ADDED,
  /** An evidence item of the case, or of a report merged into it, downloaded through {@code /api}. */
  EVIDENCE_DOWNLOADED
}
