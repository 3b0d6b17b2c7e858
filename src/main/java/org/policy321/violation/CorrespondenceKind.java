package org.policy321.violation;

/** What passes between a case and its reporter. */
public enum CorrespondenceKind {
  RECEIPT, STATUS, OVERDUE, DISPOSITION, QUESTION, ANSWER
}
