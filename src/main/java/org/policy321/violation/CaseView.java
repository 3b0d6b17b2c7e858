package org.policy321.violation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The case as its readers see it ({@link CaseReaders}): the case record ({@link ViolationCasesController.CaseSummary},
 * its fields at the top level of the JSON) with the case's evidence and the reports triage merged into it (§V.A),
 * each item with its SHA-256 and where to download it.
 */
record CaseView(@JsonUnwrapped ViolationCasesController.CaseSummary record, List<EvidenceItem> evidence,
    List<MergedReport> mergedReports) {

  static CaseView of(ViolationCasesController.CaseSummary record, EvidenceLocker.CaseFile file) {
    return new CaseView(record, EvidenceItem.of(record.caseNumber(), file.evidence()),
        file.merged().stream().map(m -> MergedReport.of(record.caseNumber(), m)).toList());
  }

  /**
   * One item of evidence. {@code addedBy} names the investigator who added it, and is null for what came with
   * the report ({@code withReport}), which never names its reporter. {@code download} is under the case being
   * read, for a merged report's items too.
   */
  record EvidenceItem(long id, CaseEvidence.Kind kind, String title, String statement, String fileName,
      String mediaType, long size, String sha256, OffsetDateTime addedAt, String addedBy, boolean withReport,
      String download) {

    static EvidenceItem of(String caseNumber, CaseEvidence item) {
      return new EvidenceItem(item.id(), item.kind(), item.title(), item.statement(), item.fileName(),
          item.mediaType(), item.sizeBytes(), item.sha256(), item.addedAt(), item.addedBy(), item.withReport(),
          "/api/violation-cases/" + caseNumber + "/evidence/" + item.id());
    }

    static List<EvidenceItem> of(String caseNumber, List<CaseEvidence> items) {
      return items.stream().map(item -> of(caseNumber, item)).toList();
    }
  }

  /** A duplicate triage merged into this case (§V.A): what it reported, and its evidence; not who reported it. */
  record MergedReport(String caseNumber, String subjectDescription, String placeAndTime, String clauses,
      String whatWasPosted, String evidenceUrl, OffsetDateTime receivedAt, OffsetDateTime mergedAt,
      List<EvidenceItem> evidence) {

    static MergedReport of(String openCase, EvidenceLocker.MergedReport merged) {
      ViolationReport r = merged.report();
      return new MergedReport(r.caseNumber(), r.subjectDescription(), r.placeAndTime(), r.clauses(),
          r.whatWasPosted(), r.evidenceUrl(), r.receivedAt(), r.closedAt(), EvidenceItem.of(openCase, merged.evidence()));
    }
  }
}
