package org.policy321.training;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One revision of Policy 3.21 in the register of revisions (§VI.A): its date, what changed, who recorded it. */
public record PolicyRevision(long id, LocalDate revisionDate, String summary, String recordedBy, OffsetDateTime recordedAt) {

  /** How the revision is named to people: "Policy 3.21 as revised 2026-02-02". */
  public String title() {
    return "Policy 3.21 as revised " + revisionDate;
  }
}
