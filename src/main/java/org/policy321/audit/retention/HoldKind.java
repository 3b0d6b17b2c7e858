package org.policy321.audit.retention;

/** Why a case is kept past its retention. */
public enum HoldKind {
  LITIGATION,
  RECORDS_REQUEST,
  APPEAL,
  OTHER
}
