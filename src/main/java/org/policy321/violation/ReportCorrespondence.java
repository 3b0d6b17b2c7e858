package org.policy321.violation;

import java.time.OffsetDateTime;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One notice to the reporter, or one question or answer between investigator and reporter. */
@Table("report_correspondence")
public record ReportCorrespondence(@Id Long id, CorrespondenceKind kind, String text, OffsetDateTime writtenAt) {

  static ReportCorrespondence of(CorrespondenceKind kind, String text, OffsetDateTime now) {
    return new ReportCorrespondence(null, kind, text, now);
  }
}
