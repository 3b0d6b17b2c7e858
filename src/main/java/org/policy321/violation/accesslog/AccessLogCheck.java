package org.policy321.violation.accesslog;

import java.util.List;

/** The access logs of all cases checked ({@link AccessLogChain#verifyAll}): how many, and the broken ones. */
public record AccessLogCheck(long casesChecked, long entriesChecked, List<ChainCheck> broken) {

  public boolean intact() {
    return broken.isEmpty();
  }

  /** What the check command prints: one line for the whole, and one per broken case with its first broken link. */
  public String report() {
    StringBuilder text = new StringBuilder(intact()
        ? "Case access log intact: " + casesChecked + " cases, " + entriesChecked + " entries.\n"
        : "Case access log BROKEN in " + broken.size() + " of " + casesChecked + " cases (" + entriesChecked
            + " entries checked).\n");
    for (ChainCheck check : broken) {
      text.append(check.caseNumber()).append(": ").append(check.brokenLink().kind()).append(" at #")
          .append(check.brokenLink().position()).append(". ").append(check.brokenLink().explanation()).append('\n');
    }
    return text.toString();
  }
}
